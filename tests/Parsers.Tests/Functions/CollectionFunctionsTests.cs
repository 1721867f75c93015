using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class CollectionFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("alltrue", Bool(true), Tuple(Str("true"), Bool(true))),
        Case("alltrue", Bool(false), Tuple(Bool(true), Bool(false))),
        Case("alltrue", Bool(true), List()),
        Case("alltrue", Bool(false), Tuple(Unknown(), Bool(false))),
        Case("anytrue", Bool(true), Tuple(Str("true"))),
        Case("anytrue", Bool(true), Tuple(Bool(true), Bool(false))),
        Case("anytrue", Bool(false), List()),
        Case("anytrue", Bool(true), Tuple(Unknown(), Bool(true))),
        Case("chunklist", List(Strs("a", "b"), Strs("c", "d"), Strs("e")), Strs("a", "b", "c", "d", "e"), Num(2)),
        Case("chunklist", List(Strs("a"), Strs("b"), Strs("c")), Strs("a", "b", "c"), Num(1)),
        Case("chunklist", List(Strs("a", "b")), Strs("a", "b"), Num(0)),
        Case("coalesce", Str("a"), Str("a"), Str("b")),
        Case("coalesce", Str("b"), Str(""), Str("b")),
        Case("coalesce", Num(1), Num(1), Num(2)),
        Case("coalesce", Str("x"), Null, Str("x")),
        Case("coalesce", Str("1"), Num(1), Str("hello")),
        Case("coalesce", Str("a"), Str("a"), Unknown()),
        Case("coalescelist", Strs("a", "b"), Strs("a", "b"), Strs("c", "d")),
        Case("coalescelist", Strs("c", "d"), List(), Strs("c", "d")),
        Case("coalescelist", Strs("c"), Null, Strs("c"), Unknown()),
        Case("compact", Strs("a", "b", "c"), Tuple(Str("a"), Str(""), Str("b"), Null, Str("c"))),
        Case("concat", Strs("a", "", "b", "c"), Strs("a", ""), Strs("b", "c")),
        Case("concat", Tuple(Num(1), Str("a")), Tuple(Num(1)), Strs("a")),
        Case("contains", Bool(true), Strs("a", "b", "c"), Str("a")),
        Case("contains", Bool(false), Strs("a", "b", "c"), Str("d")),
        Case("contains", Bool(true), Strs("1", "2"), Num(1)),
        Case("contains", Bool(true), Tuple(Unknown(), Str("a")), Str("a")),
        Case("distinct", Strs("a", "b", "c", "d"), Strs("a", "b", "a", "c", "d", "b")),
        Case("element", Str("b"), Strs("a", "b", "c"), Num(1)),
        Case("element", Str("a"), Strs("a", "b", "c"), Num(3)),
        Case("element", Str("c"), Strs("a", "b", "c"), Num(2)),
        Case("element", Str("a"), Tuple(Str("a"), Unknown()), Num(0)),
        Case("flatten", Strs("a", "b", "c"), Tuple(Strs("a", "b"), List(), Strs("c"))),
        Case("flatten", Strs("a", "b", "c"), Tuple(Tuple(Strs("a", "b"), List()), Strs("c"))),
        Case("flatten", Tuple(Str("a"), Num(1)), Tuple(Str("a"), Num(1))),
        Case("index", Num(1), Strs("a", "b", "c"), Str("b")),
        Case("keys", Strs("a", "c", "d"), Obj(("a", Num(1)), ("c", Num(2)), ("d", Num(3)))),
        Case("keys", Strs("a", "b"), Obj(("b", Unknown()), ("a", Num(1)))),
        Case("length", Num(0), List()),
        Case("length", Num(1), Strs("")),
        Case("length", Num(2), Strs("a", "b")),
        Case("length", Num(2), Tuple(Str("a"), Unknown())),
        Case("length", Num(1), Obj(("a", Str("b")))),
        Case("length", Num(5), Str("hello")),
        Case("length", Num(2), Str("👾🕹️")),
        Case("length", Num(1), Str("e\u0301")),
        Case("lookup", Str("ay"), Obj(("a", Str("ay")), ("b", Str("bee"))), Str("a"), Str("what?")),
        Case("lookup", Str("what?"), Obj(("a", Str("ay")), ("b", Str("bee"))), Str("c"), Str("what?")),
        Case("lookup", Str("ay"), Obj(("a", Str("ay")), ("b", Unknown())), Str("a")),
        Case("matchkeys", Strs("i-abc", "i-def"), Strs("i-123", "i-abc", "i-def"), Strs("us-west", "us-east", "us-east"), Strs("us-east")),
        Case("matchkeys", Strs("b"), Strs("a", "b"), Strs("x", "y"), Strs("y", "z")),
        Case("merge", Map(("a", Str("b")), ("c", Str("z")), ("e", Str("f"))), Map(("a", Str("b")), ("c", Str("d"))), Map(("e", Str("f")), ("c", Str("z")))),
        Case("merge", Obj(("a", Nums(1, 2)), ("c", Str("z")), ("d", Num(3))), Obj(("a", Str("b"))), Obj(("a", Nums(1, 2)), ("c", Str("z"))), Obj(("d", Num(3)))),
        Case("merge", Map(("a", Str("b"))), Null, Map(("a", Str("b")))),
        Case("merge", Obj()),
        Case("one", Null, List()),
        Case("one", Str("hello"), Strs("hello")),
        Case("range", Nums(0, 1, 2), Num(3)),
        Case("range", Nums(1, 2, 3), Num(1), Num(4)),
        Case("range", Nums(1, 3, 5, 7), Num(1), Num(8), Num(2)),
        Case("range", Nums(1, 1.5m, 2, 2.5m, 3, 3.5m), Num(1), Num(4), Num(0.5m)),
        Case("range", Nums(4, 3, 2), Num(4), Num(1)),
        Case("range", Nums(10, 8, 6), Num(10), Num(5), Num(-2)),
        Case("range", Nums(), Num(0)),
        Case("range", Nums(), Num(1), Num(4), Num(-1)),
        Case("reverse", Nums(3, 2, 1), Nums(1, 2, 3)),
        Case("setintersection", Set(Str("b")), Strs("a", "b"), Strs("b", "c"), Strs("b", "d")),
        Case("setproduct", Set(Tuple(Str("development"), Str("app1")), Tuple(Str("development"), Str("app2")), Tuple(Str("staging"), Str("app1")), Tuple(Str("staging"), Str("app2"))), Set(Str("development"), Str("staging")), Set(Str("app1"), Str("app2"))),
        Case("setproduct", Set(), Set(Str("foo")), Set()),
        Case("setproduct", List(Tuple(Str("a"), Num(1)), Tuple(Str("b"), Num(1))), Strs("a", "b"), Nums(1)),
        Case("setsubtract", Set(Str("b")), Strs("a", "b", "c"), Strs("a", "c")),
        Case("setsubtract", Set(Str("a"), Str("b"), Str("c")), Strs("a", "b", "c"), Strs()),
        Case("setunion", Set(Str("a"), Str("b"), Str("c"), Str("d")), Strs("a", "b"), Strs("b", "c"), Strs("d")),
        Case("setunion", Set(Str("1"), Str("a")), Strs("a"), Nums(1)),
        Case("slice", Strs("b", "c"), Strs("a", "b", "c", "d"), Num(1), Num(3)),
        Case("slice", Strs(), Strs("a"), Num(1), Num(1)),
        Case("sort", Strs("a", "d", "e", "x"), Strs("e", "d", "a", "x")),
        Case("sort", Strs("1", "10", "9"), Nums(10, 9, 1)),
        Case("transpose", Map(("1", Strs("a")), ("2", Strs("a", "b")), ("3", Strs("b"))), Map(("a", Strs("1", "2")), ("b", Strs("2", "3")))),
        Case("values", Nums(3, 2, 1), Map(("a", Num(3)), ("c", Num(2)), ("d", Num(1)))),
        Case("zipmap", Map(("a", Num(1)), ("b", Num(2))), Strs("a", "b"), Nums(1, 2)),
        Case("zipmap", Obj(("a", Num(1)), ("b", Str("x"))), Strs("a", "b"), Tuple(Num(1), Str("x"))),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("alltrue", "the list must contain only bool values", Tuple(Str("yes"))),
        Error("chunklist", "the size argument must be positive", Strs("a"), Num(-1)),
        Error("coalesce", "no non-null, non-empty-string arguments", Null, Str("")),
        Error("coalescelist", "no non-null arguments", List(), Null),
        Error("coalescelist", "must be lists or tuples", Str("a")),
        Error("element", "cannot use element function with a negative index", Strs("a"), Num(-1)),
        Error("element", "cannot use element function with an empty list", List(), Num(0)),
        Error("index", "item not found", Strs("a"), Str("b")),
        Error("keys", "must be a map or object, not tuple", Tuple()),
        Error("length", "argument \"value\" must not be null", Null),
        Error("length", "argument must be a string, a collection type, or a structural type, not number", Num(1)),
        Error("lookup", "lookup failed to find key \"c\"", Obj(("a", Str("ay"))), Str("c")),
        Error("matchkeys", "length of keys and values should be equal", Strs("a"), Strs(), Strs()),
        Error("merge", "arguments must be maps or objects, got string", Str("a")),
        Error("one", "must be a list, set, or tuple value with either zero or one elements", Strs("hello", "goodbye")),
        Error("range", "step must not be zero", Num(1), Num(2), Num(0)),
        Error("range", "more than 1024 values were generated", Num(2000)),
        Error("reverse", "can only reverse list or tuple values, not set", Set(Str("a"))),
        Error("setproduct", "at least two arguments are required", Set(Str("a"))),
        Error("slice", "start index must not be greater than end index", Strs("a", "b"), Num(2), Num(1)),
        Error("slice", "end index must not be greater than the length of the list", Strs("a"), Num(0), Num(2)),
        Error("slice", "the starting index must be greater than or equal to zero", Strs("a"), Num(-1), Num(1)),
        Error("sort", "element 0 of the list is null", Tuple(Null)),
        Error("zipmap", "number of keys (2) does not match number of values (1)", Strs("a", "b"), Nums(1)),
        Error("concat", "must be a list, set or tuple, not string", Str("a")),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    private static readonly TestCaseData[] UnknownResults =
    [
        new TestCaseData("alltrue", new Value[] { Tuple(Bool(true), Unknown()) }).SetName("alltrue with an unknown and no false is unknown"),
        new TestCaseData("anytrue", new Value[] { Tuple(Bool(false), Unknown()) }).SetName("anytrue with an unknown and no true is unknown"),
        new TestCaseData("coalesce", new Value[] { Unknown(), Str("b") }).SetName("coalesce with an unknown first argument is unknown"),
        new TestCaseData("coalescelist", new Value[] { Unknown(), Strs("b") }).SetName("coalescelist with an unknown first argument is unknown"),
        new TestCaseData("compact", new Value[] { Tuple(Str("a"), Unknown()) }).SetName("compact with an unknown element is unknown"),
        new TestCaseData("contains", new Value[] { Tuple(Str("a"), Unknown()), Str("b") }).SetName("contains with an unknown element and no match is unknown"),
        new TestCaseData("distinct", new Value[] { Tuple(Str("a"), Unknown()) }).SetName("distinct with an unknown element is unknown"),
        new TestCaseData("index", new Value[] { Tuple(Unknown(), Str("a")), Str("a") }).SetName("index after an unknown element is unknown"),
        new TestCaseData("matchkeys", new Value[] { Strs("a"), Tuple(Unknown()), Strs("x") }).SetName("matchkeys with an unknown key is unknown"),
        new TestCaseData("setunion", new Value[] { Tuple(Unknown()), Strs("x") }).SetName("setunion with an unknown element is unknown"),
        new TestCaseData("sort", new Value[] { Tuple(Str("b"), Unknown()) }).SetName("sort with an unknown element is unknown"),
        new TestCaseData("zipmap", new Value[] { Tuple(Unknown()), Strs("x") }).SetName("zipmap with an unknown key is unknown"),
        new TestCaseData("transpose", new Value[] { Map(("a", Tuple(Unknown()))) }).SetName("transpose with an unknown element is unknown"),
    ];

    [TestCaseSource(nameof(UnknownResults))]
    public void Is_unknown_when_the_result_depends_on_an_unknown_element(string function, Value[] arguments)
    {
        var result = Call(function, arguments);

        Assert.That(result, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)result).References.Single().Address, Is.EqualTo("aws_s3_bucket.b"));
    }

    [Test]
    public void Concat_flatten_merge_and_values_keep_unknown_elements_in_place()
    {
        Assert.That(Items(Call("concat", Tuple(Str("a")), Tuple(Unknown())))[1].IsUnknown, Is.True);
        Assert.That(Items(Call("flatten", Tuple(Tuple(Str("a"), Unknown()))))[1].IsUnknown, Is.True);
        Assert.That(((MapValue)Call("merge", Obj(("a", Unknown())), Obj(("b", Num(1))))).Get("a").IsUnknown, Is.True);
        Assert.That(Items(Call("values", Obj(("a", Unknown()), ("b", Num(1)))))[0].IsUnknown, Is.True);
        Assert.That(Call("element", Tuple(Str("a"), Unknown()), Num(1)).IsUnknown, Is.True);
    }

    [Test]
    public void Shapes_follow_Terraform()
    {
        Assert.That(((ListValue)Call("keys", Map(("a", Num(1))))).Shape, Is.EqualTo(SequenceShape.List));
        Assert.That(((ListValue)Call("values", Obj(("a", Num(1))))).Shape, Is.EqualTo(SequenceShape.Tuple));
        Assert.That(((ListValue)Call("concat", Strs("a"), Strs("b"))).Shape, Is.EqualTo(SequenceShape.List));
        Assert.That(((ListValue)Call("setunion", Strs("a"))).Shape, Is.EqualTo(SequenceShape.Set));
        Assert.That(((MapValue)Call("merge", Map(("a", Num(1))), Obj(("b", Num(2))))).Shape, Is.EqualTo(MappingShape.Object));
        Assert.That(((MapValue)Call("zipmap", Strs("a"), Strs("b"))).Shape, Is.EqualTo(MappingShape.Map));
    }

    [Test]
    public void Element_and_lookup_results_are_located_at_the_call()
    {
        Assert.That(Call("element", Strs("a"), Num(0)).Range, Is.EqualTo(CallRange));
        Assert.That(Call("lookup", Obj(("a", Str("b"))), Str("a")).Range, Is.EqualTo(CallRange));
    }

    [Test]
    public void Merge_with_an_unknown_map_keeps_the_keys_that_are_certainly_present()
    {
        var result = Call("merge", Obj(("owner", Str("platform")), ("env", Str("dev"))), Unknown(), Obj(("data-classification", Str("phi"))));
        Assert.That(result, Is.InstanceOf<UnknownValue>());
        var partial = (MapValue)((UnknownValue)result).Partial!;
        Assert.Multiple(() =>
        {
            Assert.That(partial.Keys, Is.EquivalentTo(new[] { "owner", "env", "data-classification" }));
            Assert.That(partial["owner"], Is.InstanceOf<UnknownValue>(), "the unknown map may override an earlier value");
            Assert.That(partial["data-classification"].AsString(), Is.EqualTo("phi"), "a later map's value is certain");
        });
    }
}
