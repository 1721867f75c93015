using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Parsing;
using static PolicyScan.Parsers.Tests.Hcl.HclTestParsing;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Every native-syntax diagnostic code, with the exact place it is reported.</summary>
public class DiagnosticTests
{
    [TestCase("= 1\n", "HCL1001 1:1-1:2")]
    [TestCase("a\n", "HCL1002 1:1-1:2")]
    [TestCase("a = \"a value\", b = \"b value\"\n", "HCL1003 1:14-1:15")]
    [TestCase("a {} b = 1\n", "HCL1004 1:6-1:7")]
    [TestCase("a {\n", "HCL1005 1:3-1:4")]
    [TestCase("a \"x\" = 1\n", "HCL1006 1:7-1:8")]
    [TestCase("a { b = \"foo\", c = \"bar\" }\n", "HCL1007 1:14-1:15")]
    [TestCase("a { b = \"foo\"\n}\n", "HCL1008 1:14-2:1")]
    [TestCase("a { d {} }\n", "HCL1009 1:5-1:8")]
    [TestCase("a = \nb = 1\n", "HCL1010 1:5-2:1")]
    [TestCase("a = )\n", "HCL1010 1:5-1:6")]
    [TestCase("a = \"abc\nb = 1\n", "HCL1011 1:5-1:6")]
    [TestCase("a = <<EOT\nfoo\n", "HCL1012 1:5-1:10")]
    [TestCase("a = \"x\\qy\"\n", "HCL1013 1:7-1:9")]
    [TestCase("a = \"\\u12\"\n", "HCL1013 1:6-1:10")]
    [TestCase("a \"${x}\" {}\n", "HCL1014 1:4-1:6")]
    [TestCase("a = (1 2)\n", "HCL1015 1:8-1:9")]
    [TestCase("a = b[1 2]\n", "HCL1015 1:9-1:10")]
    [TestCase("a = [1 2]\n", "HCL1016 1:8-1:9")]
    [TestCase("a = f(1 2)\n", "HCL1016 1:9-1:10")]
    [TestCase("a = { b 1 }\n", "HCL1017 1:9-1:10")]
    [TestCase("a = [for 1 in x : 1]\n", "HCL1018 1:10-1:11")]
    [TestCase("a = [for k, v in x : k => v]\n", "HCL1018 1:22-1:23")]
    [TestCase("a = \"%{ endif }\"\n", "HCL1019 1:6-1:16")]
    [TestCase("a = \"%{ if x }y\"\n", "HCL1019 1:6-1:15")]
    [TestCase("a = b.\"c\"\n", "HCL1020 1:7-1:8")]
    [TestCase("a = b.0.1\n", "HCL1021 1:7-1:10")]
    [TestCase("a = 1 @\n", "HCL1022 1:7-1:8")]
    [TestCase("/* abc", "HCL1023 1:1-1:3")]
    [TestCase("a = x ? 1\n", "HCL1026 1:10-2:1")]
    [TestCase("a = f(x..., y)\n", "HCL1028 1:11-1:12")]
    [TestCase("a = 1\na = 2\n", "HCL1029 2:1-2:2")]
    [TestCase("a = provider::(1)\n", "HCL1030 1:15-1:16")]
    [TestCase("\"a\" = 1\n", "HCL1031 1:1-1:2")]
    public void Reports_one_coded_error_at_the_exact_place(string text, string expected)
    {
        Assert.That(Codes(Parse(text)), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Extra_text_after_a_standalone_expression()
    {
        ParseExpression("1 2", out var diagnostics);

        Assert.That(diagnostics.Items.Select(d => $"{d.Code} {Where(d)}"), Is.EqualTo(new[] { "HCL1027 1:3-1:4" }));
    }

    [Test]
    public void Nesting_beyond_the_limit_is_reported_instead_of_overflowing_the_stack()
    {
        var depth = 100_000;
        var file = Parse("a = " + new string('[', depth) + new string(']', depth) + "\nb = " + new string('!', depth) + "true\nc = 1\n");

        Assert.That(file.Diagnostics.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { "HCL1024" }));
        Assert.That(file.Diagnostics, Has.Length.EqualTo(2));
        Assert.That(file.Body.FindAttribute("c"), Is.Not.Null);
    }

    [Test]
    public void Nesting_limit_is_reported_at_the_first_token_beyond_it()
    {
        var file = Parse("a = " + new string('[', 600) + new string(']', 600) + "\n");

        // "a = " takes four columns; the expression of the attribute is level 1, so bracket 513 is one too deep.
        Assert.That(Codes(file), Is.EqualTo(new[] { $"HCL1024 1:{4 + 513}-1:{4 + 514}" }));
    }

    [Test]
    public void Deeply_nested_blocks_are_cut_at_the_limit()
    {
        var file = Parse(string.Concat(Enumerable.Repeat("a {\n", 2000)) + string.Concat(Enumerable.Repeat("}\n", 2000)));

        Assert.That(file.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "HCL1024" }));
    }

    [Test]
    public void Every_native_syntax_code_is_unique_and_covered_by_a_test()
    {
        var codes = DiagnosticCatalog.All.Where(d => d.Code.StartsWith("HCL1", StringComparison.Ordinal)).Select(d => d.Code).ToArray();

        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.Length.EqualTo(31));
    }
}
