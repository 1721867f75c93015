namespace PolicyScan.Cli;

/// <summary>The documented, stable exit codes (README, "Exit codes"). CI gates depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Nothing failed and every input was read.</summary>
    public const int Success = 0;

    /// <summary>A finding at or above the threshold failed.</summary>
    public const int FindingsFailed = 1;

    /// <summary>The command line or the configuration is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Some input could not be parsed (and nothing failed).</summary>
    public const int InputError = 3;
}
