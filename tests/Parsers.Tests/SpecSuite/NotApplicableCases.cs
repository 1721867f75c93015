namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The one table of suite cases that do not apply to our implementation, each with the precise reason and the only
/// places where it may differ. A listed case still runs: its test passes only while it fails there and nowhere else,
/// and fails once it conforms (remove it from here then), once it fails elsewhere too, or once its files are gone.
/// A case failing because of a bug in our parser or evaluator does not belong here; the bug gets fixed.
/// </summary>
internal static class NotApplicableCases
{
    public static IReadOnlyDictionary<string, NotApplicableCase> All { get; } = new Dictionary<string, NotApplicableCase>(StringComparer.Ordinal)
    {
        ["expressions/primitive_literals.hcl"] = new(
            "Go's cty normalizes every string to NFC, so hcldec gives the precomposed \"ñ\" (U+00F1) the .t expects; we "
            + "keep the written \"n\" + U+0303. PolicyScan runs with InvariantGlobalization (Directory.Build.props), where "
            + ".NET has no Unicode normalization data (string.Normalize returns its input unchanged), so neither our parser "
            + "nor this runner can normalize.",
            "result[\"string_unicode_nonnorm\"]"),
    };
}

/// <summary>Why a case does not apply, and the result paths (as <see cref="ValueComparison"/> names them) where it may differ.</summary>
internal sealed record NotApplicableCase(string Reason, params string[] DifferingPaths)
{
    public bool Explains(string problem) => DifferingPaths.Any(path => problem.StartsWith(path + ":", StringComparison.Ordinal));
}
