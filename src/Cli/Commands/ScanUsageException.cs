namespace PolicyScan.Cli.Commands;

/// <summary>
/// A mistake in what the user asked for, found while the settings are built or the scan starts (an invalid
/// configuration file, a missing baseline): the scan does not run, the messages go to standard error, and the exit
/// code is 2. Thrown from option groups and stages, whose contracts return settings and results, not errors.
/// </summary>
internal sealed class ScanUsageException(IReadOnlyList<string> messages, bool prefixed = true) : Exception(string.Join(Environment.NewLine, messages))
{
    /// <summary>The lines to print; compiler-style diagnostics already name their file, the others get "policyscan: ".</summary>
    public IEnumerable<string> Lines => prefixed ? messages.Select(m => "policyscan: " + m) : messages;
}
