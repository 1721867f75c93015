using System.IO.Compression;
using System.Text;
using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.Tests.Functions.Functions;
using static PolicyScan.Parsers.Tests.Functions.V;

namespace PolicyScan.Parsers.Tests.Functions;

public class EncodingFunctionsTests
{
    private static readonly TestCaseData[] Results =
    [
        Case("base64encode", Str("SGVsbG8gV29ybGQ="), Str("Hello World")),
        Case("base64decode", Str("Hello World"), Str("SGVsbG8gV29ybGQ=")),
        Case("base64decode", Str("☃"), Str("4piD")),
        Case("csvdecode", List(Obj(("a", Str("1")), ("b", Str("2")), ("c", Str("3"))), Obj(("a", Str("4")), ("b", Str("5")), ("c", Str("6")))), Str("a,b,c\n1,2,3\n4,5,6")),
        Case("csvdecode", List(Obj(("name", Str("a, \"b\"")), ("n", Str("1")))), Str("name,n\r\n\"a, \"\"b\"\"\",1\r\n")),
        Case("csvdecode", List(), Str("a,b\n")),
        Case("jsondecode", Obj(("hello", Str("world"))), Str("{\"hello\": \"world\"}")),
        Case("jsondecode", Bool(true), Str("true")),
        Case("jsondecode", Tuple(Num(1.5m), Null, Str("x"), Obj()), Str("[1.5, null, \"x\", {}]")),
        Case("jsonencode", Str("{\"hello\":\"world\"}"), Obj(("hello", Str("world")))),
        Case("jsonencode", Str("\"\\u003c\\u0026\\u003e\""), Str("<&>")),
        Case("jsonencode", Str("1.5"), Num(1.50m)),
        Case("jsonencode", Str("{\"a\":[1,true,null],\"b\":\"x\\ny\"}"), Obj(("b", Str("x\ny")), ("a", Tuple(Num(1), Bool(true), Null)))),
        Case("jsonencode", Str("null"), Null),
        Case("textencodebase64", Str("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), Str("Hello World"), Str("UTF-16LE")),
        Case("textencodebase64", Str("SGVsbG8gV29ybGQ="), Str("Hello World"), Str("utf-8")),
        Case("textdecodebase64", Str("Hello World"), Str("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), Str("UTF-16LE")),
        Case("textdecodebase64", Str("café"), Str("Y2Fm6Q=="), Str("windows-1252")),
        Case("urlencode", Str("Hello+World%21"), Str("Hello World!")),
        Case("urlencode", Str("%E2%98%83"), Str("☃")),
        Case("urlencode", Str("foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"), Str("foo:bar@localhost?foo=bar&bar=baz")),
        Case("urlencode", Str("a-b_c.d~e"), Str("a-b_c.d~e")),
        Case("yamldecode", Obj(("hello", Str("world"))), Str("hello: world")),
        Case("yamldecode", Bool(true), Str("true")),
        Case("yamldecode", Null, Str("")),
        Case("yamldecode", Obj(("a", Tuple(Num(1), Num(2), Num(3))), ("b", Tuple(Num(1), Num(2), Num(3)))), Str("{a: &foo [1, 2, 3], b: *foo}")),
        Case("yamldecode", Obj(("yes", Str("yes")), ("n", Num(8)), ("h", Num(255)), ("q", Str("1")), ("s", Str("12")), ("f", Num(1.5m)), ("z", Null)), Str("yes: yes\nn: 0o10\nh: 0xff\nq: '1'\ns: !!str 12\nf: 1.5\nz: ~\n")),
        Case("yamldecode", Str("line one\nline two\n"), Str("|\n  line one\n  line two\n")),
        Case("yamlencode", Str("\"a\": \"b\"\n\"c\": \"d\"\n"), Obj(("a", Str("b")), ("c", Str("d")))),
        Case("yamlencode", Str("\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n"), Obj(("foo", Tuple(Num(1), Num(2), Num(3))), ("bar", Str("baz")))),
        Case("yamlencode", Str("\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n"), Obj(("foo", Tuple(Num(1), Obj(("a", Str("b")), ("c", Str("d"))), Num(3))), ("bar", Str("baz")))),
        Case("yamlencode", Str("\"a\":\n  \"b\": true\n\"c\": []\n\"d\": {}\n\"e\": null\n"), Obj(("a", Obj(("b", Bool(true)))), ("c", Tuple()), ("d", Obj()), ("e", Null))),
        Case("yamlencode", Str("\"hi\"\n"), Str("hi")),
        Case("yamlencode", Str("- - 1\n  - 2\n- 3\n"), Tuple(Tuple(Num(1), Num(2)), Num(3))),
    ];

    private static readonly TestCaseData[] Errors =
    [
        Error("base64decode", "failed to decode base64 data \"not base64!\"", Str("not base64!")),
        Error("base64decode", "failed to decode base64 data", Str("SGVsbG8")),
        Error("base64decode", "the result of decoding the provided string is not valid UTF-8", Str("/w==")),
        Error("csvdecode", "missing header line", Str("")),
        Error("csvdecode", "record on line 2: wrong number of fields", Str("a,b\n1\n")),
        Error("csvdecode", "bare \" in non-quoted-field", Str("a\nx\"y\n")),
        Error("jsondecode", "invalid JSON", Str("{")),
        Error("textencodebase64", "\"no-such-encoding\" is not a supported IANA encoding name or alias", Str("a"), Str("no-such-encoding")),
        Error("textencodebase64", "cannot be represented in us-ascii", Str("☃"), Str("us-ascii")),
        Error("textdecodebase64", "failed to decode base64 data", Str("!"), Str("utf-8")),
        Error("yamldecode", "only one YAML document is allowed", Str("a: 1\n---\nb: 2\n")),
        Error("yamldecode", "on line 2, column 1: While parsing a flow sequence", Str("a: [1, 2")),
        Error("yamldecode", "cannot represent .inf as a number", Str(".inf")),
        Error("base64encode", "must not be null", Null),
    ];

    [TestCaseSource(nameof(Results))]
    public void Returns_the_documented_result(string function, Value[] arguments, Value expected) =>
        AssertValue(Call(function, arguments), expected);

    [TestCaseSource(nameof(Errors))]
    public void Rejects_invalid_arguments(string function, Value[] arguments, string message) =>
        Assert.That(Fails(function, arguments), Does.Contain(message));

    [Test]
    public void Base64gzip_gives_gzip_data_that_decompresses_to_the_input()
    {
        var encoded = ((StringValue)Call("base64gzip", Str("test"))).Value;

        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(encoded)), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        Assert.That(reader.ReadToEnd(), Is.EqualTo("test"));
    }

    [Test]
    public void Jsonencode_and_yamlencode_of_a_nested_unknown_are_unknown()
    {
        Assert.That(Call("jsonencode", Obj(("a", Unknown()))), Is.InstanceOf<UnknownValue>());
        Assert.That(Call("yamlencode", Tuple(Unknown())), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Jsondecode_and_yamlencode_round_trip()
    {
        var value = Obj(("list", Tuple(Num(1), Str("two"), Bool(false))), ("nested", Obj(("x", Null))), ("text", Str("a\nb")));

        var json = Call("jsonencode", value);
        AssertValue(Call("jsondecode", json), value);
        var yaml = Call("yamlencode", value);
        AssertValue(Call("yamldecode", yaml), value);
    }
}
