using System.CommandLine;
using PolicyScan.Cli.Scanning;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--baseline FILE</c> (report only failures the baseline does not hold) and <c>--create-baseline FILE</c> (record the
/// current failures), and what the command says about them on standard error once the scan ran.
/// </summary>
internal sealed class BaselineOptions : IScanOptionGroup
{
    private readonly Option<string> baseline = new("--baseline") { HelpName = "FILE", Description = "Report only failures this baseline file does not hold (written by --create-baseline)." };
    private readonly Option<string> createBaseline = new("--create-baseline") { HelpName = "FILE", Description = "Write the current failures' fingerprints to this file, to adopt the gate without fixing everything first." };

    public void AddTo(Command command)
    {
        command.Options.Add(baseline);
        command.Options.Add(createBaseline);
    }

    public ScanSettings Apply(ParseResult parseResult, ScanSettings settings) => settings with
    {
        BaselinePath = parseResult.GetValue(baseline) is { Length: > 0 } path ? Path.GetFullPath(path) : settings.BaselinePath,
        CreateBaselinePath = parseResult.GetValue(createBaseline) is { Length: > 0 } created ? Path.GetFullPath(created) : settings.CreateBaselinePath,
    };

    /// <summary>
    /// After the scan: writes the baseline when asked (the failures reported plus those an older baseline hid, so
    /// recreating over an older baseline keeps them), and says what the baseline did unless quiet. False when the file
    /// cannot be written.
    /// </summary>
    public static bool Complete(ScanReport report, TextWriter stderr)
    {
        var settings = report.Settings;
        if (settings.BaselinePath is not null && report.BaselineMatches is { } matches && !settings.Quiet)
        {
            var resolved = report.ResolvedBaselineEntries ?? 0;
            stderr.WriteLine($"{Count(matches, "finding is", "findings are")} in the baseline; {Count(resolved, "baseline entry no longer occurs", "baseline entries no longer occur")}");
        }

        if (settings.CreateBaselinePath is not { } path)
        {
            return true;
        }

        var file = BaselineFile.Of(report.Findings.Concat(report.BaselinedFindings));
        try
        {
            file.Write(path, report.PolicySetVersion);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policyscan: cannot write the baseline {path}: {exception.Message}");
            return false;
        }

        if (!settings.Quiet)
        {
            stderr.WriteLine($"wrote {Count(file.Entries.Length, "baseline entry", "baseline entries")} to {path}");
        }

        return true;
    }

    private static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
