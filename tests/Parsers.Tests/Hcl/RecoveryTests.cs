using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.HclTestParsing;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Broken input yields diagnostics and a tree in which the well-formed parts are still present.</summary>
public class RecoveryTests
{
    [Test]
    public void A_good_block_after_a_broken_one_reaches_the_tree()
    {
        var file = Parse("resource \"a\" \"b\" {\n  x = = 1\n  z = 3\n}\nresource \"c\" \"d\" {\n  y = 2\n}\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1010 2:7-2:8" }));
        var blocks = file.Body.Blocks.ToArray();
        Assert.That(blocks.Select(b => b.Labels[1].Value), Is.EqualTo(new[] { "b", "d" }));
        Assert.That(blocks[0].Body.FindAttribute("z"), Is.Not.Null, "the line after the broken one is read again");
        Assert.That(blocks[1].Body.FindAttribute("y"), Is.Not.Null);
    }

    [Test]
    public void Missing_bracket_stops_at_the_closing_brace_of_the_block()
    {
        var file = Parse("a {\n  x = [1, 2\n}\nb {\n  y = 1\n}\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1016 3:1-3:2" }));
        Assert.That(file.Body.Blocks.Select(b => b.Type.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(file.Body.Blocks.Last().Body.FindAttribute("y"), Is.Not.Null);
    }

    [Test]
    public void Broken_expression_keeps_the_attribute_with_an_error_expression()
    {
        var file = Parse("a = 1 +\nb = 2\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1010 1:8-2:1" }));
        var broken = (BinaryExpression)file.Body.FindAttribute("a")!.Expression;
        Assert.That(broken.Right, Is.TypeOf<ErrorExpression>());
        Assert.That(Where(broken.Right), Is.EqualTo("1:8-1:8"));
        Assert.That(file.Body.FindAttribute("b"), Is.Not.Null);
    }

    [Test]
    public void Junk_lines_are_skipped_one_at_a_time()
    {
        var file = Parse("a {\n  ! junk here\n  b = 1\n  ]]]\n  c = 2\n}\nd = 3\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1001 2:3-2:4", "HCL1001 4:3-4:4" }));
        Assert.That(file.Body.Blocks.Single().Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "b", "c" }));
        Assert.That(file.Body.FindAttribute("d"), Is.Not.Null);
    }

    [Test]
    public void Stray_closing_brace_at_top_level_is_reported_and_skipped()
    {
        var file = Parse("}\na = 1\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1001 1:1-1:2" }));
        Assert.That(file.Body.FindAttribute("a"), Is.Not.Null);
    }

    [Test]
    public void Unclosed_object_in_a_block_reports_once()
    {
        var file = Parse("a {\n  tags = {\n    k = \"v\"\n}\n");

        Assert.That(file.Diagnostics, Is.Not.Empty);
        Assert.That(file.Body.Blocks.Single().Type.Name, Is.EqualTo("a"));
    }

    [Test]
    public void Every_prefix_of_a_configuration_parses_without_throwing()
    {
        const string text = "terraform {\n  required_version = \">= 1.0\"\n}\n" +
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"${var.prefix}-logs\"\n  tags = { for k, v in var.tags : k => v... if v != null }\n" +
            "  policy = <<-EOT\n    {\"a\": ${jsonencode(x[*].id)}}\n    %{ if y ~} yes %{ else } no %{ endif }\n  EOT\n" +
            "  list = [for s in var.l : upper(s)]\n  n = -1 + 2 * (3 % 4) > 1 ? a.b[0].c : provider::p::f(1, [2]...)\n}\n# end /* x */\n";
        for (var length = 0; length <= text.Length; length++)
        {
            var prefix = text[..length];
            Assert.DoesNotThrow(() => Parse(prefix), prefix);
        }

        Assert.That(Parse(text).Diagnostics, Is.Empty);
    }
}
