using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class NumericFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("abs", Num(23), Num(23)),
        Case("abs", Num(0), Num(0)),
        Case("abs", Num(12.4m), Num(-12.4m)),
        Case("abs", Num(3), Str("-3")),
        Case("ceil", Num(5), Num(5)),
        Case("ceil", Num(6), Num(5.1m)),
        Case("ceil", Num(-5), Num(-5.9m)),
        Case("floor", Num(5), Num(5)),
        Case("floor", Num(4), Num(4.9m)),
        Case("floor", Num(-5), Num(-4.1m)),
        Case("log", Num(1.6989700043360185m), Num(50), Num(10)),
        Case("log", Num(4), Num(16), Num(2)),
        Case("log", Num(0), Num(1), Num(10)),
        Case("max", Num(54), Num(12), Num(54), Num(3)),
        Case("max", Num(-1), Num(-1)),
        Case("min", Num(3), Num(12), Num(54), Num(3)),
        Case("parseint", Num(100), Str("100"), Num(10)),
        Case("parseint", Num(255), Str("FF"), Num(16)),
        Case("parseint", Num(-16), Str("-10"), Num(16)),
        Case("parseint", Num(48879), Str("1011111011101111"), Num(2)),
        Case("parseint", Num(656), Str("aA"), Num(62)),
        Case("parseint", Num(255), Str("ff"), Num(16)),
        Case("pow", Num(9), Num(3), Num(2)),
        Case("pow", Num(1), Num(4), Num(0)),
        Case("pow", Num(1.21m), Num(1.1m), Num(2)),
        Case("pow", Num(0.25m), Num(2), Num(-2)),
        Case("pow", Num(2), Num(4), Num(0.5m)),
        Case("signum", Num(-1), Num(-13)),
        Case("signum", Num(0), Num(0)),
        Case("signum", Num(1), Num(344)),
        Case("sum", Num(33.5m), List(Num(10), Num(13), Num(6), Num(4.5m))),
        Case("sum", Num(3), Tuple(Num(1), Str("2"))),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("parseint", "cannot parse \"12\" as a base 2 integer", Str("12"), Num(2)),
        Error("parseint", "cannot parse \"\" as a base 10 integer", Str(""), Num(10)),
        Error("parseint", "base must be a whole number between 2 and 62 inclusive", Str("1"), Num(63)),
        Error("parseint", "base must be a whole number between 2 and 62 inclusive", Str("1"), Num(1)),
        Error("sum", "cannot sum an empty list", List()),
        Error("sum", "element 1 is string", Tuple(Num(1), Str("x"))),
        Error("sum", "element 0 is null", Tuple(Null)),
        Error("abs", "argument \"num\" must not be null", Null),
        Error("abs", "argument \"num\" must be a number, not string", Str("x")),
        Error("floor", "must be a number, not tuple", Tuple()),
        Error("log", "not a finite number", Num(0), Num(10)),
        Error("max", "must not be null", Num(1), Null),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [Test]
    public void Sum_with_an_unknown_element_is_unknown_with_its_references()
    {
        var result = Call("sum", List(Num(1), Unknown("aws_instance.a")));

        Assert.That(result, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)result).References.Select(r => r.Address), Is.EqualTo(new[] { "aws_instance.a" }));
    }

    [Test]
    public void Results_are_located_at_the_call()
    {
        Assert.That(Call("abs", Num(-1)).Range, Is.EqualTo(CallRange));
    }
}
