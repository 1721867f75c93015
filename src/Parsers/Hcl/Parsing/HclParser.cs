using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>Entry points of the HCL native-syntax parser. None of them throws on malformed input.</summary>
public static class HclParser
{
    /// <summary>The native syntax's template and expression parsing, for the JSON syntax and templatefile().</summary>
    public static INativeSyntax Syntax { get; } = new NativeSyntax();

    /// <summary>Parses a whole file as a configuration body.</summary>
    public static HclFile ParseNative(SourceFile file)
    {
        var diagnostics = new DiagnosticBag();
        var comments = new List<Comment>();
        var span = new TextSpan(0, file.Text.Length);
        var tokens = NativeLexer.Tokenize(file, span, diagnostics, comments);
        var body = new NativeParser(file, tokens, diagnostics).ParseFile(span.Start, span.End);
        return new HclFile(file, body, [.. comments], diagnostics.ToImmutable());
    }

    /// <summary>Parses the whole text of <paramref name="file"/> as one expression (a --var value, a spec string).</summary>
    public static Expression ParseExpression(SourceFile file, DiagnosticBag diagnostics) =>
        Syntax.ParseExpression(file, new TextSpan(0, file.Text.Length), diagnostics);
}
