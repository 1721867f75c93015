using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Cli.Output;

/// <summary>Prints diagnostics compiler-style (<c>file:line:column: error CODE: message</c>) so editors and CI logs link them.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose)
            {
                continue;
            }

            writer.WriteLine(diagnostic.ToString());
        }
    }
}
