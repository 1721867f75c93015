using PolicyScan.Parsers.Json;
using static PolicyScan.Parsers.Tests.Json.JsonTestText;

namespace PolicyScan.Parsers.Tests.Json;

public sealed class JsonParserTests
{
    [Test]
    public void Every_node_kind_is_read_with_its_exact_range()
    {
        var document = Parse("{\n  \"s\": \"abc\",\n  \"n\": -12.5e1,\n  \"t\": true,\n  \"f\": false,\n  \"z\": null,\n  \"a\": [1, {}]\n}");

        Assert.That(document.Diagnostics, Is.Empty);
        var root = (JsonObject)document.Root!;
        Assert.That(Where(root.Range), Is.EqualTo("1:1-8:2"));
        Assert.That(root.Properties.Select(p => p.Name), Is.EqualTo(new[] { "s", "n", "t", "f", "z", "a" }));

        var s = root.Properties[0];
        Assert.That(Where(s.NameRange), Is.EqualTo("2:3-2:6"));
        Assert.That(s.Value, Is.TypeOf<JsonString>());
        Assert.That(((JsonString)s.Value).Value, Is.EqualTo("abc"));
        Assert.That(Where(s.Value.Range), Is.EqualTo("2:8-2:13"), "a string's range includes its quotes");
        Assert.That(Where(((JsonString)s.Value).InnerRange), Is.EqualTo("2:9-2:12"));
        Assert.That(Where(s.Range), Is.EqualTo("2:3-2:13"));

        var n = (JsonNumber)root["n"]!;
        Assert.That(n.RawText, Is.EqualTo("-12.5e1"));
        Assert.That(n.Value, Is.EqualTo(-125m));
        Assert.That(Where(n.Range), Is.EqualTo("3:8-3:15"));

        Assert.That(((JsonBool)root["t"]!).Value, Is.True);
        Assert.That(Where(root["t"]!.Range), Is.EqualTo("4:8-4:12"));
        Assert.That(((JsonBool)root["f"]!).Value, Is.False);
        Assert.That(Where(root["f"]!.Range), Is.EqualTo("5:8-5:13"));
        Assert.That(root["z"], Is.TypeOf<JsonNull>());
        Assert.That(Where(root["z"]!.Range), Is.EqualTo("6:8-6:12"));

        var a = (JsonArray)root["a"]!;
        Assert.That(Where(a.Range), Is.EqualTo("7:8-7:15"));
        Assert.That(a.Items.Select(i => i.Kind), Is.EqualTo(new[] { JsonNodeKind.Number, JsonNodeKind.Object }));
        Assert.That(Where(a[1].Range), Is.EqualTo("7:12-7:14"));
    }

    [TestCase("0", 0)]
    [TestCase("-0", 0)]
    [TestCase("42", 42)]
    [TestCase("3.25", 3.25)]
    [TestCase("1E3", 1000)]
    [TestCase("2e+2", 200)]
    [TestCase("25e-2", 0.25)]
    public void Numbers_keep_their_text_and_decimal_value(string text, double expected)
    {
        var number = (JsonNumber)Parse(text).Root!;

        Assert.That(number.RawText, Is.EqualTo(text));
        Assert.That(number.Value, Is.EqualTo((decimal)expected));
    }

    [Test]
    public void A_number_beyond_decimal_keeps_its_text_and_has_no_value()
    {
        var document = Parse("[1e400, 123456789012345678901234567890123]");

        Assert.That(document.Diagnostics, Is.Empty);
        var items = ((JsonArray)document.Root!).Items.Cast<JsonNumber>().ToList();
        Assert.That(items[0].RawText, Is.EqualTo("1e400"));
        Assert.That(items[0].Value, Is.Null);
        Assert.That(items[1].Value, Is.Null);
    }

    [Test]
    public void Twenty_eight_significant_digits_are_exact()
    {
        var number = (JsonNumber)Parse("0.1234567890123456789012345678").Root!;

        Assert.That(number.Value, Is.EqualTo(0.1234567890123456789012345678m));
    }

    [Test]
    public void Escapes_are_decoded_including_surrogate_pairs()
    {
        var text = "\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00\"";
        var document = Parse(text);

        Assert.That(document.Diagnostics, Is.Empty);
        var value = (JsonString)document.Root!;
        Assert.That(value.Value, Is.EqualTo("q\" b\\ s/ \b\f\n\r\t é 😀"));
        Assert.That(value.HasEscapes, Is.True);
        Assert.That(value.Range.Span.Length, Is.EqualTo(text.Length));
        Assert.That(value.InnerRange.Text, Is.EqualTo(text[1..^1]));
    }

    [Test]
    public void A_string_without_escapes_is_the_raw_text()
    {
        var value = (JsonString)Parse("\"plain 😀 text\"").Root!;

        Assert.That(value.Value, Is.EqualTo("plain 😀 text"));
        Assert.That(value.HasEscapes, Is.False);
        Assert.That(value.InnerRange.Text, Is.EqualTo(value.Value));
    }

    [Test]
    public void Duplicate_names_are_kept_in_order_and_lookup_finds_the_last()
    {
        var root = (JsonObject)Parse("{\"a\": 1, \"b\": 2, \"a\": 3}").Root!;

        Assert.That(root.Properties.Select(p => p.Name), Is.EqualTo(new[] { "a", "b", "a" }));
        Assert.That(((JsonNumber)root["a"]!).Value, Is.EqualTo(3m));
        Assert.That(root.PropertiesNamed("a").Select(p => ((JsonNumber)p.Value).Value), Is.EqualTo(new decimal?[] { 1m, 3m }));
        Assert.That(root.TryGetProperty("b", out var b), Is.True);
        Assert.That(Where(b.NameRange), Is.EqualTo("1:10-1:13"));
        Assert.That(root.TryGetProperty("missing", out _), Is.False);
        Assert.That(root["missing"], Is.Null);
    }

    [Test]
    public void Lookup_in_a_large_object_finds_the_last_duplicate()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"\"k{i}\": {i}").Append("\"k7\": 700");
        var root = (JsonObject)Parse("{" + string.Join(", ", members) + "}").Root!;

        Assert.That(root.Count, Is.EqualTo(41));
        Assert.That(((JsonNumber)root["k7"]!).Value, Is.EqualTo(700m));
        Assert.That(((JsonNumber)root["k39"]!).Value, Is.EqualTo(39m));
        Assert.That(root.ContainsName("k40"), Is.False);
    }

    [Test]
    public void Comments_are_kept_as_trivia_when_allowed()
    {
        var document = Parse("// head\n{ /* inner */ \"a\": 1 // tail\n}", JsonParserOptions.Lenient);

        Assert.That(document.Diagnostics, Is.Empty);
        Assert.That(document.Comments.Select(c => c.Text), Is.EqualTo(new[] { "// head", "/* inner */", "// tail" }));
        Assert.That(Where(document.Comments[1].Range), Is.EqualTo("2:3-2:14"));
        Assert.That(((JsonObject)document.Root!).Count, Is.EqualTo(1));
    }

    [Test]
    public void Comments_are_reported_when_not_allowed_and_the_rest_still_parses()
    {
        var document = Parse("{\"a\": 1, // no\n \"b\": 2}");

        Assert.That(Codes(document), Is.EqualTo(new[] { "JSON1011 1:10-1:15" }));
        Assert.That(((JsonObject)document.Root!).Properties.Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(document.Comments, Is.Empty);
    }

    [Test]
    public void Trailing_commas_are_accepted_only_with_the_option()
    {
        const string text = "{\"a\": [1, 2,], \"b\": 3,}";

        var lenient = Parse(text, new JsonParserOptions { AllowTrailingCommas = true });
        var strict = Parse(text);

        Assert.That(lenient.Diagnostics, Is.Empty);
        Assert.That(Codes(strict), Is.EqualTo(new[] { "JSON1012 1:12-1:13", "JSON1012 1:22-1:23" }));
        foreach (var document in new[] { lenient, strict })
        {
            var root = (JsonObject)document.Root!;
            Assert.That(((JsonArray)root["a"]!).Count, Is.EqualTo(2));
            Assert.That(root.Count, Is.EqualTo(2));
        }
    }

    [Test]
    public void A_byte_order_mark_is_skipped()
    {
        var document = Parse("\uFEFF{\"a\": true}");

        Assert.That(document.Diagnostics, Is.Empty);
        Assert.That(document.Root!.Range.Start, Is.EqualTo(1));
    }

    [Test]
    public void Empty_containers_and_a_top_level_scalar_are_documents()
    {
        Assert.That(((JsonObject)Parse(" {} ").Root!).Count, Is.Zero);
        Assert.That(((JsonArray)Parse("[]").Root!).Count, Is.Zero);
        Assert.That(((JsonString)Parse("\"\"").Root!).Value, Is.Empty);
        Assert.That(Parse("null").Root, Is.TypeOf<JsonNull>());
    }

    [Test]
    public void Property_names_are_decoded()
    {
        var root = (JsonObject)Parse("{\"a\\u0062\": 1}").Root!;

        Assert.That(root.Properties[0].Name, Is.EqualTo("ab"));
        Assert.That(Where(root.Properties[0].NameRange), Is.EqualTo("1:2-1:11"));
    }
}
