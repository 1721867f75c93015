using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>One call the JSON syntax made to the native syntax: which method, on which file, over which span.</summary>
internal sealed record NativeSyntaxCall(string Method, SourceFile File, TextSpan Span)
{
    public string Text => File.Text.Substring(Span.Start, Span.Length);
}

/// <summary>What the test double returns where the real native parser would return a parsed expression.</summary>
internal sealed record NativeMarkerExpression(string Method, string Text, SourceRange Range) : Expression(Range);

/// <summary>
/// Stands in for the native-syntax parser (written on another branch): a template without interpolation becomes
/// one literal, as the real one does; anything else is recorded and returned as a marker, so that tests can check
/// the exact spans the JSON syntax passes.
/// </summary>
internal sealed class JsonTestNativeSyntax : INativeSyntax
{
    public List<NativeSyntaxCall> Calls { get; } = [];

    public Expression ParseTemplate(SourceFile file, TextSpan span, DiagnosticBag diagnostics)
    {
        var call = new NativeSyntaxCall("template", file, span);
        Calls.Add(call);
        var range = new SourceRange(file, span);
        if (!call.Text.Contains("${", StringComparison.Ordinal) && !call.Text.Contains("%{", StringComparison.Ordinal))
        {
            return new TemplateExpression([new LiteralExpression(new StringValue(call.Text, range))], range);
        }

        return new NativeMarkerExpression("template", call.Text, range);
    }

    public Expression ParseExpression(SourceFile file, TextSpan span, DiagnosticBag diagnostics)
    {
        var call = new NativeSyntaxCall("expression", file, span);
        Calls.Add(call);
        return new NativeMarkerExpression("expression", call.Text, new SourceRange(file, span));
    }
}
