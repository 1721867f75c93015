using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.JsonFixtures;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>.tfvars.json: root keys are attributes whose values are taken literally.</summary>
public sealed class JsonVariablesFileTests
{
    [Test]
    public void Every_value_is_literal_with_literal_leaves_in_containers()
    {
        var file = HclJsonParser.ParseVariablesJson(Load("terraform.tfvars.json"));

        Assert.That(file.Diagnostics, Is.Empty);
        Assert.That(file.Body.Blocks, Is.Empty);
        Assert.That(file.Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "region", "name_template", "count", "enabled", "nothing", "zones", "tags" }));
        Assert.That(file.Comments.Single().Text, Is.EqualTo("// values for prod"));

        Assert.That(((LiteralExpression)Attribute(file.Body, "name_template").Expression).Value.AsString(), Is.EqualTo("${not.parsed}"));
        Assert.That(((LiteralExpression)Attribute(file.Body, "count").Expression).Value.AsNumber(), Is.EqualTo(3m));
        Assert.That(((LiteralExpression)Attribute(file.Body, "enabled").Expression).Value.IsTrue, Is.True);
        Assert.That(((LiteralExpression)Attribute(file.Body, "nothing").Expression).Value.IsNull, Is.True);

        var zones = (TupleExpression)Attribute(file.Body, "zones").Expression;
        Assert.That(zones.Elements.Cast<LiteralExpression>().Select(e => e.Value.AsString()), Is.EqualTo(new[] { "a", "b" }));
        var tags = (ObjectExpression)Attribute(file.Body, "tags").Expression;
        Assert.That(tags.Items[1].Key.Range.Text, Is.EqualTo("\"Cost\""));
        Assert.That(((LiteralExpression)tags.Items[1].Value).Value, Is.TypeOf<NumberValue>());

        var region = Attribute(file.Body, "region");
        Assert.That(region.Range.Text, Is.EqualTo("\"region\": \"eu-west-1\""));
        Assert.That(Start(region), Is.EqualTo("3:3"));
    }
}
