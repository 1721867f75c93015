using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// ANSI styles for terminal output, written by hand rather than through a console library so the plain output stays
/// byte for byte the same: with colour off, <see cref="Paint"/> returns the text untouched.
/// </summary>
internal static class Ansi
{
    public const string Red = "31";
    public const string BoldRed = "1;31";
    public const string Yellow = "33";
    public const string Cyan = "36";
    public const string Dim = "2";
    public const string Bold = "1";
    public const string Magenta = "35";

    public static string Paint(string text, string style, bool color) => color ? $"\u001b[{style}m{text}\u001b[0m" : text;

    /// <summary>Critical and high in red, medium in yellow, low in cyan, info dimmed.</summary>
    public static string SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical => BoldRed,
        Severity.High => Red,
        Severity.Medium => Yellow,
        Severity.Low => Cyan,
        _ => Dim,
    };
}
