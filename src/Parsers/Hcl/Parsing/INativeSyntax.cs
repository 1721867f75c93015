using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// The parts of the native-syntax parser that other readers reuse: the JSON syntax parses its strings as
/// templates and a variable's <c>type</c> string as an expression; <c>templatefile()</c> parses a file as a template.
/// </summary>
public interface INativeSyntax
{
    /// <summary>Parses the text inside <paramref name="span"/> as template content (no surrounding quotes).</summary>
    Expression ParseTemplate(SourceFile file, TextSpan span, DiagnosticBag diagnostics);

    /// <summary>Parses the text inside <paramref name="span"/> as one expression.</summary>
    Expression ParseExpression(SourceFile file, TextSpan span, DiagnosticBag diagnostics);
}
