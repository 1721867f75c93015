using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// <see cref="INativeSyntax"/> over the native lexer and parser. Comments inside an expression are dropped: the
/// callers (JSON strings, variable values) have nowhere to keep them.
/// </summary>
internal sealed class NativeSyntax : INativeSyntax
{
    public Expression ParseTemplate(SourceFile file, TextSpan span, DiagnosticBag diagnostics)
    {
        var tokens = NativeLexer.TokenizeTemplate(file, span, diagnostics, []);
        return new NativeParser(file, tokens, diagnostics).ParseBareTemplate(span.Start, span.End);
    }

    public Expression ParseExpression(SourceFile file, TextSpan span, DiagnosticBag diagnostics)
    {
        var tokens = NativeLexer.Tokenize(file, span, diagnostics, []);
        return new NativeParser(file, tokens, diagnostics).ParseStandaloneExpression();
    }
}
