using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Json;
using static PolicyScan.Parsers.Tests.Json.JsonTestText;

namespace PolicyScan.Parsers.Tests.Json;

/// <summary>Each diagnostic at the offending character, and one mistake giving one diagnostic.</summary>
public sealed class JsonParserDiagnosticTests
{
    [TestCase("{\"a\": @}", "JSON1001 1:7-1:8")]
    [TestCase("{\"a\": undefined, \"b\": 1}", "JSON1001 1:7-1:16")]
    [TestCase("{\"a\": True}", "JSON1001 1:7-1:11")]
    [TestCase("", "JSON1001 1:1-1:1")]
    [TestCase("   ", "JSON1001 1:4-1:4")]
    [TestCase("{\"a\": , \"b\": 1}", "JSON1001 1:7-1:8")]
    [TestCase("{\"a\": \"abc\n}", "JSON1002 1:7-1:8")]
    [TestCase("[\"abc", "JSON1002 1:2-1:3")]
    [TestCase("[\"a\\x\"]", "JSON1003 1:4-1:6")]
    [TestCase("[\"a\\u12G4\"]", "JSON1003 1:4-1:8")]
    [TestCase("{\"a\" 1}", "JSON1004 1:6-1:7")]
    [TestCase("{\"a\"}", "JSON1004 1:5-1:6")]
    [TestCase("{\"a\": 1 \"b\": 2}", "JSON1005 1:9-1:10")]
    [TestCase("[1 2]", "JSON1005 1:4-1:5")]
    [TestCase("{\"a\": 1 x, \"b\": 2}", "JSON1006 1:9-1:10")]
    [TestCase("{\"a\": 1", "JSON1006 1:8-1:8")]
    [TestCase("[{\"a\": 1]", "JSON1006 1:9-1:10")]
    [TestCase("[1 :]", "JSON1007 1:4-1:5")]
    [TestCase("[1, 2}", "JSON1007 1:6-1:7")]
    [TestCase("{\"a\": 1]", "JSON1006 1:8-1:9")]
    [TestCase("[1, 2", "JSON1007 1:6-1:6")]
    [TestCase("{\"a\": [1, 2}", "JSON1007 1:12-1:13")]
    [TestCase("{} {}", "JSON1008 1:4-1:5")]
    [TestCase("[01]", "JSON1009 1:3-1:4")]
    [TestCase("[1.]", "JSON1009 1:4-1:5")]
    [TestCase("[-]", "JSON1009 1:3-1:4")]
    [TestCase("[1e+]", "JSON1009 1:5-1:6")]
    [TestCase("[1, /* x */ 2]", "JSON1011 1:5-1:12")]
    [TestCase("[1,]", "JSON1012 1:3-1:4")]
    [TestCase("[1 /* open", "JSON1013 1:4-1:6")]
    [TestCase("[\"a\tb\"]", "JSON1014 1:4-1:5")]
    [TestCase("{a: 1}", "JSON1015 1:2-1:3")]
    [TestCase("{\"a\": 1, , \"b\": 2}", "JSON1015 1:10-1:11")]
    public void One_mistake_gives_one_diagnostic_at_the_offending_character(string text, string expected)
    {
        var document = Parse(text);

        Assert.That(Codes(document), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Recovery_keeps_the_well_formed_members()
    {
        var document = Parse("{\n  \"a\": 1\n  \"b\": undefined,\n  \"c\": [1 2, \"x\\q\"],\n  \"d\": {\"e\": 3]\n}");

        Assert.That(Codes(document), Is.EqualTo(new[]
        {
            "JSON1005 3:3-3:4",
            "JSON1001 3:8-3:17",
            "JSON1005 4:11-4:12",
            "JSON1003 4:16-4:18",
            "JSON1006 5:15-5:16",
        }));
        var root = (JsonObject)document.Root!;
        Assert.That(root.Properties.Select(p => p.Name), Is.EqualTo(new[] { "a", "c", "d" }));
        Assert.That(((JsonArray)root["c"]!).Count, Is.EqualTo(3));
        Assert.That(((JsonString)((JsonArray)root["c"]!)[2]).Value, Is.EqualTo("xq"));
        Assert.That(((JsonObject)root["d"]!).Count, Is.EqualTo(1));
    }

    [Test]
    public void An_unquoted_name_is_reported_once_and_read_as_the_name()
    {
        var document = Parse("{name: \"x\", other: 2}");

        Assert.That(Codes(document), Is.EqualTo(new[] { "JSON1015 1:2-1:6", "JSON1015 1:13-1:18" }));
        Assert.That(((JsonObject)document.Root!).Properties.Select(p => p.Name), Is.EqualTo(new[] { "name", "other" }));
    }

    [Test]
    public void An_unterminated_string_at_the_end_is_the_only_diagnostic()
    {
        var document = Parse("{\"a\": [{\"b\": \"never closed");

        Assert.That(Codes(document), Is.EqualTo(new[] { "JSON1002 1:14-1:15" }));
    }

    [Test]
    public void Nesting_beyond_the_limit_is_one_diagnostic_not_a_stack_overflow()
    {
        var text = "{\"a\": " + new string('[', 100_000) + new string(']', 100_000) + ", \"b\": 1}";

        var document = Parse(text);

        Assert.That(Codes(document), Is.EqualTo(new[] { "JSON1010 1:262-1:263" }));
        var root = (JsonObject)document.Root!;
        Assert.That(root.Properties.Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }), "the over-deep part is skipped, its siblings kept");
    }

    [Test]
    public void The_depth_limit_is_an_option()
    {
        var document = Parse("[[[1]]]", new JsonParserOptions { MaxDepth = 2 });

        Assert.That(Codes(document), Is.EqualTo(new[] { "JSON1010 1:3-1:4" }));
        Assert.That(((JsonArray)((JsonArray)document.Root!)[0]).Count, Is.Zero);
    }

    [Test]
    public void Every_json_code_is_in_the_catalogue_once()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).Where(c => c.StartsWith("JSON", StringComparison.Ordinal)).ToList();

        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.Count.EqualTo(15));
    }

    [Test]
    public void Messages_name_what_was_found()
    {
        var document = Parse("{\"a\": 1 x}");

        Assert.That(document.Diagnostics.Single().Message, Is.EqualTo("expected ',' or '}' in the object that starts at 1:1, found 'x'"));
    }
}
