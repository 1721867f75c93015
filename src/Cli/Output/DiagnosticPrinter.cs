using PolicyScan.Parsers.Diagnostics;

namespace PolicyScan.Cli.Output;

/// <summary>Prints diagnostics compiler-style (<c>file:line:column: error CODE: message</c>) so editors and CI logs link them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Errors always; warnings unless <paramref name="quiet"/>; informational ones with <paramref name="verbose"/>.</summary>
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool verbose, bool quiet = false)
    {
        foreach (var diagnostic in diagnostics)
        {
            if ((diagnostic.Severity == DiagnosticSeverity.Info && !verbose) || (quiet && !diagnostic.IsError))
            {
                continue;
            }

            writer.WriteLine(diagnostic.ToString());
        }
    }
}
