using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;
using static PolicyScan.Parsers.Tests.Hcl.HclTestParsing;

namespace PolicyScan.Parsers.Tests.Hcl;

public class TemplateTests
{
    private static string LiteralText(Expression expression) => ((StringValue)((LiteralExpression)expression).Value).Value;

    /// <summary>The template's parts in a compact form: literals quoted, other parts by their source text.</summary>
    private static string[] Parts(Expression template) =>
        ((TemplateExpression)template).Parts.Select(p => p is LiteralExpression l ? $"'{((StringValue)l.Value).Value}'" : p.Range.Text).ToArray();

    [Test]
    public void Plain_string_is_one_literal_part_without_the_quotes()
    {
        var template = (TemplateExpression)ParseAttributeValue("\"hello\"");

        Assert.That(LiteralText(template.Parts.Single()), Is.EqualTo("hello"));
        Assert.That(Where(template.Parts[0]), Is.EqualTo("1:6-1:11"));
        Assert.That(Where(template), Is.EqualTo("1:5-1:12"));
        Assert.That(template.IsLiteral, Is.True);
    }

    [Test]
    public void Empty_string_has_one_empty_literal()
    {
        var template = (TemplateExpression)ParseAttributeValue("\"\"");

        Assert.That(LiteralText(template.Parts.Single()), Is.Empty);
    }

    [Test]
    public void Escapes_are_decoded()
    {
        var template = (TemplateExpression)ParseAttributeValue("\"a\\n\\r\\t\\\"\\\\\\u00e9\\U0001F600 $${x} %%{y}\"");

        Assert.That(LiteralText(template.Parts.Single()), Is.EqualTo("a\n\r\t\"\\\u00e9\U0001F600 ${x} %{y}"));
    }

    [Test]
    public void Interpolations_split_the_literal()
    {
        var template = ParseAttributeValue("\"Hello, ${var.name}!\"");

        Assert.That(Parts(template), Is.EqualTo(new[] { "'Hello, '", "var.name", "'!'" }));
        Assert.That(Where(((TemplateExpression)template).Parts[1]), Is.EqualTo("1:15-1:23"));
    }

    [Test]
    public void A_template_that_is_one_interpolation_is_unwrapped()
    {
        var wrap = (TemplateWrapExpression)ParseAttributeValue("\"${var.list}\"");

        Assert.That(wrap.Wrapped, Is.TypeOf<ScopeTraversalExpression>());
        Assert.That(Where(wrap), Is.EqualTo("1:5-1:18"));
        Assert.That(ParseAttributeValue("\"${a}${b}\""), Is.TypeOf<TemplateExpression>());
    }

    [Test]
    public void Strip_markers_trim_the_adjacent_literals()
    {
        Assert.That(Parts(ParseAttributeValue("\"hello ${~ \"world\" } !\"")), Is.EqualTo(new[] { "'hello'", "\"world\"", "' !'" }));
        Assert.That(Parts(ParseAttributeValue("\"a ${x ~} b\"")), Is.EqualTo(new[] { "'a '", "x", "'b'" }));
    }

    [Test]
    public void If_directive_with_else_and_strip_markers()
    {
        var template = (TemplateExpression)ParseAttributeValue("\"%{ if var.on ~} yes %{~ else ~} no %{~ endif }\"");

        var directive = (TemplateIfDirective)template.Parts.Single();
        Assert.That(directive.Condition.ToString(), Does.Contain("var.on"));
        Assert.That(LiteralText(directive.Then.Parts.Single()), Is.EqualTo("yes"));
        Assert.That(LiteralText(directive.Else!.Parts.Single()), Is.EqualTo("no"));
        Assert.That(Where(directive), Is.EqualTo("1:6-1:52"));
    }

    [Test]
    public void For_directive_with_key_and_value()
    {
        var template = (TemplateExpression)ParseAttributeValue("\"%{ for k, v in var.m }${k}=${v};%{ endfor }\"");

        var directive = (TemplateForDirective)template.Parts.Single();
        Assert.That(directive.KeyVariable!.Name, Is.EqualTo("k"));
        Assert.That(directive.ValueVariable.Name, Is.EqualTo("v"));
        Assert.That(directive.Body.Parts, Has.Length.EqualTo(4));
    }

    [Test]
    public void Heredoc_keeps_lines_and_indentation()
    {
        var file = ParseValid("a = <<EOT\n    Foo\n      Bar\n  EOT\nb = 1\n");

        var template = (TemplateExpression)file.Body.FindAttribute("a")!.Expression;
        Assert.That(LiteralText(template.Parts.Single()), Is.EqualTo("    Foo\n      Bar\n"));
        Assert.That(Where(template), Is.EqualTo("1:5-4:6"));
        Assert.That(file.Body.FindAttribute("b"), Is.Not.Null);
    }

    [TestCase("    Foo\n    Bar\n    Baz\n  EOT", "Foo\nBar\nBaz\n")]
    [TestCase("    Foo\n      Bar\n    Baz\n  EOT", "Foo\n  Bar\nBaz\n")]
    [TestCase("    Foo\n  Bar\n    Baz\n  EOT", "  Foo\nBar\n  Baz\n")]
    [TestCase("\tFoo\n  Bar\n  Baz\n  EOT", "Foo\n Bar\n Baz\n")]
    [TestCase("   \u2003\u2003Foo\n    Bar\n  EOT", "\u2003Foo\nBar\n")]
    [TestCase("    Foo\n\n    Bar\n  EOT", "Foo\n\nBar\n")]
    public void Flush_heredoc_removes_the_common_indentation(string body, string expected)
    {
        var template = (TemplateExpression)ParseAttributeValue("<<-EOT\n" + body);

        Assert.That(LiteralText(template.Parts.Single()), Is.EqualTo(expected));
    }

    [Test]
    public void Flush_heredoc_with_interpolation_at_line_start()
    {
        var template = ParseAttributeValue("<<-EOT\n    Foo\n  ${x}\n    Baz\n  EOT");

        Assert.That(Parts(template), Is.EqualTo(new[] { "'  Foo\n'", "x", "'\n  Baz\n'" }));
    }

    [Test]
    public void Flush_heredoc_literal_range_starts_after_the_removed_indentation()
    {
        var template = (TemplateExpression)ParseAttributeValue("<<-EOT\n    Foo\n    EOT");

        Assert.That(Where(template.Parts[0]), Is.EqualTo("2:5-3:1"));
    }

    [Test]
    public void Heredoc_with_crlf_line_endings()
    {
        var file = ParseValid("a = <<EOT\r\nx\r\nEOT\r\nb = 2\r\n");

        Assert.That(LiteralText(((TemplateExpression)file.Body.FindAttribute("a")!.Expression).Parts.Single()), Is.EqualTo("x\r\n"));
        Assert.That(file.Body.FindAttribute("b"), Is.Not.Null);
    }

    [Test]
    public void Heredoc_directive_strip_removes_the_newline()
    {
        var template = (TemplateExpression)ParseAttributeValue("<<EOT\n%{ for ip in ips ~}\nserver ${ip}\n%{ endfor ~}\nEOT");

        var loop = (TemplateForDirective)template.Parts.Single();
        Assert.That(Parts(loop.Body), Is.EqualTo(new[] { "'server '", "ip", "'\n'" }));
    }

    [Test]
    public void Bare_template_span_parses_without_quotes_and_keeps_offsets()
    {
        var file = new SourceFile("t.json", "{\"a\": \"x ${y} z\"}");
        var diagnostics = new DiagnosticBag();

        var template = HclParser.Syntax.ParseTemplate(file, new TextSpan(7, 15), diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(Parts(template), Is.EqualTo(new[] { "'x '", "y", "' z'" }));
        Assert.That(template.Range.Span, Is.EqualTo(new TextSpan(7, 15)));
        Assert.That(((TemplateExpression)template).Parts[1].Range.Span, Is.EqualTo(new TextSpan(11, 12)));
    }

    [Test]
    public void Bare_template_does_not_treat_quotes_or_backslashes_specially()
    {
        var file = new SourceFile("t.tpl", "say \"hi\\n\"\n%{ if a }yes%{ endif }");
        var diagnostics = new DiagnosticBag();

        var template = (TemplateExpression)HclParser.Syntax.ParseTemplate(file, new TextSpan(0, file.Text.Length), diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(LiteralText(template.Parts[0]), Is.EqualTo("say \"hi\\n\"\n"));
        Assert.That(template.Parts[1], Is.TypeOf<TemplateIfDirective>());
    }

    [Test]
    public void Expression_span_parses_one_expression_in_place()
    {
        var file = new SourceFile("v.json", "{\"type\": \"map(string)\"}");
        var diagnostics = new DiagnosticBag();

        var expression = HclParser.Syntax.ParseExpression(file, new TextSpan(10, 21), diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((FunctionCallExpression)expression).Name.Name, Is.EqualTo("map"));
        Assert.That(expression.Range.Span, Is.EqualTo(new TextSpan(10, 21)));
    }
}
