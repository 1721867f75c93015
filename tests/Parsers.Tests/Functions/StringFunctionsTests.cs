using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class StringFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("chomp", Str("hello"), Str("hello\n")),
        Case("chomp", Str("hello"), Str("hello\r\n")),
        Case("chomp", Str("hello"), Str("hello\n\n")),
        Case("chomp", Str("hel\nlo"), Str("hel\nlo")),
        Case("endswith", Bool(true), Str("hello world"), Str("world")),
        Case("endswith", Bool(false), Str("hello world"), Str("hello")),
        Case("startswith", Bool(true), Str("hello world"), Str("hello")),
        Case("startswith", Bool(false), Str("hello world"), Str("world")),
        Case("strcontains", Bool(true), Str("hello world"), Str("wor")),
        Case("strcontains", Bool(false), Str("hello world"), Str("wod")),
        Case("indent", Str("[\n    foo,\n    bar,\n  ]\n  "), Num(2), Str("[\n  foo,\n  bar,\n]\n")),
        Case("join", Str("foo-bar-baz"), Str("-"), Strs("foo", "bar", "baz")),
        Case("join", Str("foo"), Str(", "), Strs("foo")),
        Case("join", Str(""), Str(", "), Strs()),
        Case("join", Str("a,b,c"), Str(","), Strs("a"), Strs("b", "c")),
        Case("join", Str("1-true"), Str("-"), Tuple(Num(1), Bool(true))),
        Case("lower", Str("hello"), Str("HELLO")),
        Case("lower", Str("алло!"), Str("АЛЛО!")),
        Case("upper", Str("HELLO"), Str("hello")),
        Case("upper", Str("АЛЛО!"), Str("алло!")),
        Case("title", Str("Hello World"), Str("hello world")),
        Case("title", Str("Foo-Bar_baz 1st"), Str("foo-bar_baz 1st")),
        Case("regex", Str("aaabbbccc"), Str("[a-z]+"), Str("53453453.345345aaabbbccc23454")),
        Case("regex", Tuple(Str("2019"), Str("02"), Str("01")), Str(@"(\d\d\d\d)-(\d\d)-(\d\d)"), Str("2019-02-01")),
        Case("regex", Obj(("authority", Str("terraform.io")), ("scheme", Str("https"))), Str("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"), Str("https://terraform.io/docs/")),
        Case("regex", Tuple(Str("a"), Null), Str("(a)|(b)"), Str("a")),
        Case("regex", Str("end"), Str("end$"), Str("the end")),
        Case("regex", Str("ab"), Str("[[:alpha:]]+"), Str("12ab34")),
        Case("regex", Str("a.b"), Str(@"\Qa.b\E"), Str("xa.by")),
        Case("regexall", Strs("abcd", "efgh"), Str("[a-z]+"), Str("1234abcd5678efgh9")),
        Case("regexall", List(), Str("[a-z]+"), Str("123")),
        Case("replace", Str("1 - 2 - 3"), Str("1 + 2 + 3"), Str("+"), Str("-")),
        Case("replace", Str("hello everybody"), Str("hello world"), Str("/w.*d/"), Str("everybody")),
        Case("replace", Str("ehllo world"), Str("hello world"), Str("/(h)(e)/"), Str("$2$1")),
        Case("replace", Str("a[b]c"), Str("abc"), Str("/(?P<x>b)/"), Str("[${x}]")),
        Case("replace", Str("a$c"), Str("abc"), Str("/b/"), Str("$$")),
        Case("replace", Str("XbXcX"), Str("bc"), Str("/a*/"), Str("X")),
        Case("replace", Str("/"), Str("/"), Str("/"), Str("/")),
        Case("split", Strs("foo", "bar", "baz"), Str(","), Str("foo,bar,baz")),
        Case("split", Strs("foo"), Str(","), Str("foo")),
        Case("split", Strs(""), Str(","), Str("")),
        Case("split", Strs("a", "b"), Str(""), Str("ab")),
        Case("strrev", Str("olleh"), Str("hello")),
        Case("strrev", Str("☃ a"), Str("a ☃")),
        Case("strrev", Str("🤷🤔"), Str("🤔🤷")),
        Case("substr", Str("ello"), Str("hello world"), Num(1), Num(4)),
        Case("substr", Str("🤔"), Str("🤔🤷"), Num(0), Num(1)),
        Case("substr", Str("world"), Str("hello world"), Num(-5), Num(-1)),
        Case("substr", Str("world"), Str("hello world"), Num(6), Num(10)),
        Case("substr", Str(""), Str("hello"), Num(10), Num(1)),
        Case("substr", Str("he"), Str("hello"), Num(-10), Num(2)),
        Case("substr", Str("e\u0301t"), Str("e\u0301te"), Num(0), Num(2)),
        Case("trim", Str("hello"), Str("?!hello?!"), Str("!?")),
        Case("trim", Str("oob"), Str("foobar"), Str("far")),
        Case("trim", Str("hello! world."), Str("   hello! world.!  "), Str("! ")),
        Case("trimprefix", Str("world"), Str("helloworld"), Str("hello")),
        Case("trimprefix", Str("helloworld"), Str("helloworld"), Str("cat")),
        Case("trimsuffix", Str("hello"), Str("helloworld"), Str("world")),
        Case("trimspace", Str("hello"), Str("  hello\n\n")),
    ];

    private static readonly TestCaseData[] FormatResults =
    [
        Case("format", Str("Hello, Ander!"), Str("Hello, %s!"), Str("Ander")),
        Case("format", Str("There are 4 lights"), Str("There are %d lights"), Num(4)),
        Case("format", Str("\"hello\""), Str("%#v"), Str("hello")),
        Case("format", Str("true"), Str("%#v"), Bool(true)),
        Case("format", Str("1"), Str("%#v"), Num(1)),
        Case("format", Str("{\"a\":1}"), Str("%#v"), Obj(("a", Num(1)))),
        Case("format", Str("[true]"), Str("%#v"), Tuple(Bool(true))),
        Case("format", Str("null"), Str("%#v"), Null),
        Case("format", Str("null"), Str("%v"), Null),
        Case("format", Str("hi"), Str("%v"), Str("hi")),
        Case("format", Str("1.5"), Str("%v"), Num(1.5m)),
        Case("format", Str("1e+07"), Str("%v"), Num(10000000)),
        Case("format", Str("123456"), Str("%v"), Num(123456)),
        Case("format", Str("true"), Str("%v"), Bool(true)),
        Case("format", Str("[1,\"a\"]"), Str("%v"), Tuple(Num(1), Str("a"))),
        Case("format", Str("100%"), Str("%d%%"), Num(100)),
        Case("format", Str("true"), Str("%t"), Str("true")),
        Case("format", Str("101"), Str("%b"), Num(5)),
        Case("format", Str("10"), Str("%o"), Num(8)),
        Case("format", Str("ff FF 0xff"), Str("%x %X %#x"), Num(255), Num(255), Num(255)),
        Case("format", Str("+5"), Str("%+d"), Num(5)),
        Case("format", Str(" 5"), Str("% d"), Num(5)),
        Case("format", Str("-005"), Str("%04d"), Num(-5)),
        Case("format", Str("42   |"), Str("%-5d|"), Num(42)),
        Case("format", Str("   42"), Str("%5d"), Num(42)),
        Case("format", Str("  007"), Str("%5.3d"), Num(7)),
        Case("format", Str("3.141590"), Str("%f"), Num(3.14159m)),
        Case("format", Str("03.14"), Str("%05.2f"), Num(3.14159m)),
        Case("format", Str("2"), Str("%.0f"), Num(2.5m)),
        Case("format", Str("1.234568e+03"), Str("%e"), Num(1234.5678m)),
        Case("format", Str("1.2E+03"), Str("%.1E"), Num(1234.5678m)),
        Case("format", Str("1.234e-05"), Str("%g"), Num(0.00001234m)),
        Case("format", Str("1.2e+03"), Str("%.2g"), Num(1234)),
        Case("format", Str("0.5"), Str("%G"), Num(0.5m)),
        Case("format", Str("abc"), Str("%.3s"), Str("abcdef")),
        Case("format", Str("   ab"), Str("%5s"), Str("ab")),
        Case("format", Str("ab   |"), Str("%-5s|"), Str("ab")),
        Case("format", Str("\"a\\\"b\\u003c\""), Str("%q"), Str("a\"b<")),
        Case("format", Str("5"), Str("%s"), Num(5)),
        Case("format", Str("b a"), Str("%[2]s %[1]s"), Str("a"), Str("b")),
        Case("format", Str("b c"), Str("%[2]s %s"), Str("a"), Str("b"), Str("c")),
        Case("format", Str("no verbs"), Str("no verbs")),
        Case("formatlist", Strs("Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"), Str("Hello, %s!"), Strs("Valentina", "Ander", "Olivia", "Sam")),
        Case("formatlist", Strs("Salutations, Valentina!", "Salutations, Ander!"), Str("%s, %s!"), Str("Salutations"), Strs("Valentina", "Ander")),
        Case("formatlist", Strs("a=1", "b=2"), Str("%s=%d"), Strs("a", "b"), Nums(1, 2)),
        Case("formatlist", List(), Str("%s"), List()),
        Case("formatlist", Strs("x"), Str("x")),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("format", "an integer is required", Str("%d"), Num(1.5m)),
        Error("format", "not enough arguments for \"%s\" at 0: need index 1 but have 0 total", Str("%s")),
        Error("format", "not enough arguments", Str("%s %s"), Str("a")),
        Error("format", "too many arguments; only 1 used by format string", Str("%s"), Str("a"), Str("b")),
        Error("format", "number required", Str("%d"), Str("x")),
        Error("format", "bool required", Str("%t"), Num(1)),
        Error("format", "string required", Str("%s"), Tuple()),
        Error("format", "unsupported format verb 'z'", Str("%z"), Num(1)),
        Error("format", "null value cannot be formatted", Str("%s"), Null),
        Error("format", "invalid format string starting at offset 3", Str("ab %")),
        Error("format", "unrecognized format character '!' at offset 1", Str("%!")),
        Error("formatlist", "argument 2 has length 1, which is inconsistent with argument 1 of length 2", Str("%s %s"), Strs("a", "b"), Strs("c")),
        Error("formatlist", "error on format iteration 0", Str("%d"), Strs("x")),
        Error("regex", "pattern did not match any part of the given string", Str("[a-z]+"), Str("53453453.34534523454")),
        Error("regex", "cannot mix both named and unnamed capture groups", Str("(?P<a>x)(y)"), Str("xy")),
        Error("regex", "invalid regular expression pattern", Str("(unclosed"), Str("x")),
        Error("regex", "invalid regular expression pattern", Str(@"(a)\1"), Str("aa")),
        Error("replace", "invalid regular expression pattern", Str("x"), Str("/(/"), Str("y")),
        Error("join", "element 1 of argument 2 is null", Str(","), Tuple(Str("a"), Null)),
        Error("join", "must be a list, set or tuple, not string", Str(","), Str("a")),
        Error("upper", "argument \"str\" must not be null", Null),
        Error("lower", "must be a string, not tuple", Tuple()),
        Error("substr", "must be a whole number", Str("abc"), Num(0.5m), Num(1)),
        Error("templatestring", "must be a map or object, not string", Str("x"), Str("y")),
    ];

    [TestCaseSource(nameof(Results))]
    [TestCaseSource(nameof(FormatResults))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [Test]
    public void Join_with_an_unknown_element_is_unknown_and_keeps_its_reference()
    {
        var result = Call("join", Str(","), Tuple(Str("a"), Unknown("aws_vpc.main")));

        Assert.That(result, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)result).References.Single().Address, Is.EqualTo("aws_vpc.main"));
        Assert.That(result.Range, Is.EqualTo(CallRange));
    }

    [Test]
    public void Format_with_a_nested_unknown_is_unknown()
    {
        Assert.That(Call("format", Str("%v"), Tuple(Unknown())), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Formatlist_makes_only_the_iteration_with_an_unknown_unknown()
    {
        var result = (ListValue)Call("formatlist", Str("id-%s"), Tuple(Str("a"), Unknown(), Str("c")));

        Assert.That(result.Shape, Is.EqualTo(SequenceShape.List));
        AssertValue(result.Items[0], Str("id-a"));
        Assert.That(result.Items[1].IsUnknown, Is.True);
        AssertValue(result.Items[2], Str("id-c"));
    }

    [Test]
    public void Templatestring_renders_through_the_environment()
    {
        var environment = new TestEnvironment(FixtureDirectory);
        var variables = Obj(("name", Str("world")));

        var result = Call(environment, "templatestring", Str("Hello, ${name}"), variables);

        AssertValue(result, Str("rendered"));
        Assert.That(environment.Rendered, Has.Count.EqualTo(1));
        Assert.That(environment.Rendered[0].Text, Is.EqualTo("Hello, ${name}"));
        AssertValue(environment.Rendered[0].Variables, variables);
        Assert.That(environment.Rendered[0].Range, Is.EqualTo(CallRange));
    }

    [Test]
    public void Regexall_gives_a_list_of_tuples_when_the_pattern_has_groups()
    {
        var result = Call("regexall", Str("(a)(b)?"), Str("ab a"));

        AssertValue(result, List(Tuple(Str("a"), Str("b")), Tuple(Str("a"), Null)));
    }
}
