using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.JsonFixtures;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Structural problems (HCL2xxx) at the offending value, the rest of the file still read; JSON errors passed through.</summary>
public sealed class JsonSyntaxErrorTests
{
    [Test]
    public void Structural_problems_are_reported_at_the_offending_value_and_skipped()
    {
        var file = HclJsonParser.ParseTerraformJson(Load("errors.tf.json"), new JsonTestNativeSyntax());

        Assert.That(file.Diagnostics.Select(d => $"{d.Code} {d.Range.StartPosition} {d.Range.Text}"), Is.EqualTo(new[]
        {
            "HCL2003 3:22 \"not an object\"",
            "HCL2002 5:15 1",
            "HCL2004 9:19 5",
            "HCL2003 11:14 \"not\"",
            "HCL2003 11:21 \"objects\"",
        }));
        Assert.That(file.Diagnostics[0].Message, Is.EqualTo("a \"resource\" block takes 2 label(s): expected an object whose property names are the labels, found a string"));
        Assert.That(file.Diagnostics[1].Message, Is.EqualTo("a \"resource\" block must be a JSON object or an array of objects, found a number"));
        Assert.That(file.Diagnostics[3].Message, Is.EqualTo("a \"output\" block takes 1 label(s): expected an object whose property names are the labels, found a string"));

        Assert.That(file.Body.Blocks.Select(b => $"{b.Type.Name} {string.Join(" ", b.Labels.Select(l => l.Value))}"), Is.EqualTo(new[]
        {
            "resource aws_instance bad",
            "variable v",
            "locals ",
        }));
        var v = SingleBlock(file.Body, "variable", "v");
        Assert.That(((LiteralExpression)Attribute(v.Body, "type").Expression).Value.AsNumber(), Is.EqualTo(5m), "kept as written");
    }

    [Test]
    public void A_root_that_is_not_an_object_gives_an_empty_body()
    {
        var file = HclJsonParser.ParseTerraformJson(Load("root-array.tf.json"), new JsonTestNativeSyntax());

        Assert.That(file.Diagnostics.Select(d => $"{d.Code} {d.Range.StartPosition}"), Is.EqualTo(new[] { "HCL2001 1:1" }));
        Assert.That(file.Body.Items, Is.Empty);
        Assert.That(file.Body.Range.Text, Is.EqualTo("[\"not an object\"]"));
    }

    [Test]
    public void Json_syntax_errors_are_passed_through_and_the_rest_is_read()
    {
        var file = HclJsonParser.ParseTerraformJson(Load("syntax-error.tf.json"), new JsonTestNativeSyntax());

        Assert.That(file.Diagnostics.Select(d => $"{d.Code} {d.Range.StartPosition}"), Is.EqualTo(new[] { "JSON1005 2:21" }));
        Assert.That(file.HasErrors, Is.True);
        Assert.That(file.Body.BlocksOfType("locals").Single().Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(SingleBlock(file.Body, "output", "o").Body.Attributes.Single().Name.Name, Is.EqualTo("value"));
    }

    [Test]
    public void An_empty_file_is_one_json_diagnostic()
    {
        var file = HclJsonParser.ParseTerraformJson(new PolicyScan.Parsers.Text.SourceFile("empty.tf.json", "  "), new JsonTestNativeSyntax());

        Assert.That(file.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "JSON1001" }));
        Assert.That(file.Body.Items, Is.Empty);
    }

    [Test]
    public void Every_hcl_json_code_is_in_the_catalogue_once()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).Where(c => c.StartsWith("HCL2", StringComparison.Ordinal)).ToList();

        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.Count.EqualTo(4));
    }
}
