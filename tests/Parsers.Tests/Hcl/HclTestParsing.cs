using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Small helpers shared by the native-syntax tests.</summary>
internal static class HclTestParsing
{
    public static HclFile Parse(string text) => HclParser.ParseNative(new SourceFile("test.tf", text));

    /// <summary>Parses a file that must be valid and returns it.</summary>
    public static HclFile ParseValid(string text)
    {
        var file = Parse(text);
        Assert.That(file.Diagnostics, Is.Empty, () => string.Join("\n", file.Diagnostics));
        return file;
    }

    /// <summary>The expression of the only attribute of a valid file <c>x = ...</c>.</summary>
    public static Expression ParseAttributeValue(string expression)
    {
        var file = ParseValid("x = " + expression + "\n");
        return file.Body.FindAttribute("x")!.Expression;
    }

    public static Expression ParseExpression(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return HclParser.ParseExpression(new SourceFile("expr.hcl", text), diagnostics);
    }

    /// <summary>A range as <c>line:column-line:column</c>, the form the assertions use.</summary>
    public static string Where(SourceRange range) => $"{range.StartPosition}-{range.EndPosition}";

    public static string Where(SyntaxNode node) => Where(node.Range);

    public static string Where(Diagnostic diagnostic) => Where(diagnostic.Range);

    /// <summary>Each diagnostic as <c>CODE line:column-line:column</c>.</summary>
    public static string[] Codes(HclFile file) => file.Diagnostics.Select(d => $"{d.Code} {Where(d)}").ToArray();
}
