using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Json.JsonTestText;

namespace PolicyScan.Parsers.Tests.Json;

public sealed class JsonToValueTests
{
    [Test]
    public void Nodes_become_graph_values_located_at_their_nodes()
    {
        var root = Parse("{\"s\": \"x\", \"n\": 2.50, \"b\": true, \"z\": null, \"l\": [1, \"a\"], \"m\": {\"k\": false}}").Root!;

        var value = root.ToValue();

        Assert.That(value, Is.TypeOf<MapValue>());
        Assert.That(((MapValue)value).Shape, Is.EqualTo(MappingShape.Object));
        Assert.That(value.Range, Is.EqualTo(root.Range));
        Assert.That(value["s"].AsString(), Is.EqualTo("x"));
        Assert.That(Where(value["s"].Range), Is.EqualTo("1:7-1:10"));
        Assert.That(value["n"], Is.TypeOf<NumberValue>());
        Assert.That(value["n"].AsNumber(), Is.EqualTo(2.5m));
        Assert.That(value["b"].IsTrue, Is.True);
        Assert.That(value["z"].IsNull, Is.True);
        Assert.That(Where(value["z"].Range), Is.EqualTo("1:39-1:43"));
        var list = (ListValue)value["l"];
        Assert.That(list.Shape, Is.EqualTo(SequenceShape.Tuple));
        Assert.That(list.Items.Select(i => i.Kind), Is.EqualTo(new[] { ValueKind.Number, ValueKind.String }));
        Assert.That(Where(list.At(1).Range), Is.EqualTo("1:54-1:57"));
        Assert.That(value.GetPath("m.k").IsFalse, Is.True);
    }

    [Test]
    public void A_number_out_of_range_becomes_unknown()
    {
        var value = Parse("1e999").Root!.ToValue();

        Assert.That(value, Is.TypeOf<UnknownValue>());
        Assert.That(((UnknownValue)value).Reason, Is.EqualTo("number out of range"));
        Assert.That(value.Range.Text, Is.EqualTo("1e999"));
    }

    [Test]
    public void A_later_duplicate_name_wins_in_the_value()
    {
        var value = Parse("{\"a\": 1, \"a\": 2}").Root!.ToValue();

        Assert.That(value["a"].AsNumber(), Is.EqualTo(2m));
    }
}
