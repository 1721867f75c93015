namespace PolicyScan.Cli.Output;

/// <summary>
/// The file GitHub Actions shows as the job summary: <c>$GITHUB_STEP_SUMMARY</c>. Tests redirect it per async flow
/// (<see cref="Redirect"/>) rather than setting the process-wide variable, so they stay parallel-safe and a test run
/// inside GitHub Actions never writes into the real summary.
/// </summary>
internal static class GitHubStepSummary
{
    public const string VariableName = "GITHUB_STEP_SUMMARY";

    private static readonly AsyncLocal<Redirection?> Current = new();

    /// <summary>The file to append to, or null when there is none.</summary>
    public static string? Path => Current.Value is { } redirection
        ? redirection.Path
        : NullIfEmpty(Environment.GetEnvironmentVariable(VariableName));

    /// <summary>Until disposed, <see cref="Path"/> is <paramref name="path"/> (null: no summary) in this async flow.</summary>
    public static IDisposable Redirect(string? path)
    {
        var previous = Current.Value;
        Current.Value = new Redirection(NullIfEmpty(path));
        return new Restore(previous);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record Redirection(string? Path);

    private sealed class Restore(Redirection? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
