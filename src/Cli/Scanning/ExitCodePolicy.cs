namespace PolicyScan.Cli.Scanning;

/// <summary>
/// The exit code of a scan that ran (README, "Exit codes"): 1 when the gate fails (failures, or with
/// <c>--fail-on-unknown</c> unknowns, at or above <c>--fail-on</c>); else 3 when some input could not be parsed; else 0.
/// <c>--soft-fail</c> makes it 0 whatever was found.
/// </summary>
internal static class ExitCodePolicy
{
    public static int Of(ScanReport report) =>
        report.Settings.SoftFail ? ExitCodes.Success
        : report.GateFailures.Any() ? ExitCodes.FindingsFailed
        : report.Diagnostics.Any(d => d.IsError) ? ExitCodes.InputError
        : ExitCodes.Success;
}
