using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class TypeConversionFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("tobool", Bool(true), Bool(true)),
        Case("tobool", Bool(false), Str("false")),
        Case("tobool", Bool(true), Str("true")),
        Case("tobool", Null, Null),
        Case("tonumber", Num(1), Num(1)),
        Case("tonumber", Num(1), Str("1")),
        Case("tonumber", Num(-2.5m), Str("-2.5")),
        Case("tonumber", Null, Null),
        Case("tostring", Str("hello"), Str("hello")),
        Case("tostring", Str("1"), Num(1)),
        Case("tostring", Str("1.5"), Num(1.50m)),
        Case("tostring", Str("true"), Bool(true)),
        Case("tostring", Null, Null),
        Case("tolist", Strs("a", "b", "c"), Tuple(Str("a"), Str("b"), Str("c"))),
        Case("tolist", Strs("a", "b", "3"), Tuple(Str("a"), Str("b"), Num(3))),
        Case("tolist", Null, Null),
        Case("tomap", Map(("a", Num(1)), ("b", Num(2))), Obj(("a", Num(1)), ("b", Num(2)))),
        Case("tomap", Map(("a", Str("foo")), ("b", Str("true"))), Obj(("a", Str("foo")), ("b", Bool(true)))),
        Case("toset", Set(Str("a"), Str("b"), Str("c")), Tuple(Str("a"), Str("b"), Str("c"))),
        Case("toset", Set(Str("3"), Str("a"), Str("b")), Tuple(Str("a"), Str("b"), Num(3))),
        Case("toset", Set(Str("b"), Str("c")), Tuple(Str("c"), Str("b"), Str("b"))),
        Case("toset", Set(Num(1), Num(2), Num(10)), Tuple(Num(10), Num(2), Num(1), Num(2))),
        Case("sensitive", Str("secret"), Str("secret")),
        Case("nonsensitive", Num(1), Num(1)),
        Case("issensitive", Bool(false), Str("x")),
        Case("ephemeralasnull", Str("token"), Str("token")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("tobool", "cannot convert \"no\" to bool; only the strings \"true\" or \"false\" are allowed", Str("no")),
        Error("tobool", "cannot convert number to bool", Num(1)),
        Error("tonumber", "cannot convert \"no\" to number", Str("no")),
        Error("tonumber", "cannot convert \"0x10\" to number", Str("0x10")),
        Error("tostring", "cannot convert tuple to string", Tuple()),
        Error("tostring", "cannot convert object to string", Obj()),
        Error("tolist", "cannot convert object to list", Obj(("a", Num(1)))),
        Error("tomap", "cannot convert tuple to map", Tuple(Num(1))),
        Error("tolist", "both primitive and structural values", Tuple(Num(1), Tuple())),
    ];

    [TestCaseSource(nameof(Results))]
    public void Converts_as_Terraform_does(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_impossible_conversions(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [Test]
    public void Tolist_gives_a_list_toset_a_set_and_tomap_a_map()
    {
        Assert.That(((ListValue)Call("tolist", Tuple(Str("a")))).Shape, Is.EqualTo(SequenceShape.List));
        Assert.That(((ListValue)Call("toset", Tuple(Str("a")))).Shape, Is.EqualTo(SequenceShape.Set));
        Assert.That(((MapValue)Call("tomap", Obj(("a", Str("b"))))).Shape, Is.EqualTo(MappingShape.Map));
    }

    [Test]
    public void Tolist_keeps_unknown_elements()
    {
        var result = (ListValue)Call("tolist", Tuple(Str("a"), Unknown()));

        Assert.That(result.Count, Is.EqualTo(2));
        Assert.That(result.Items[1].IsUnknown, Is.True);
    }
}
