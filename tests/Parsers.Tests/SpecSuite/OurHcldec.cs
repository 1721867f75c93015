using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The part of the <c>hcldec</c> command the suite drives, built on our parser and evaluator: parse the input, stop
/// with the parse diagnostics if there is an error among them (hcldec exits there), else decode against the spec.
/// </summary>
internal static class OurHcldec
{
    public static DecodeOutcome Run(SourceFile input, InputSyntax syntax, DecodeSpecFile spec)
    {
        var parsed = syntax == InputSyntax.Json ? JsonInputParser.Parse(input, spec.Root) : HclParser.ParseNative(input);
        var parseDiagnostics = parsed.Diagnostics.Select(d => new ReportedDiagnostic(d.Severity, $"{d.Code}: {d.Message}", d.Range)).ToList();
        if (parsed.HasErrors)
        {
            return new DecodeOutcome(null, [.. parseDiagnostics], []);
        }

        var decoded = BodyDecoder.Decode(parsed.Body, spec);
        return decoded with { Diagnostics = [.. parseDiagnostics, .. decoded.Diagnostics] };
    }
}
