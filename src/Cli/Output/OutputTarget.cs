namespace PolicyScan.Cli.Output;

/// <summary>One requested output: a format, written to a file or (when <see cref="Path"/> is null) to standard output.</summary>
internal sealed record OutputTarget(string Format, string? Path);
