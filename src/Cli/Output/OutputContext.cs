namespace PolicyScan.Cli.Output;

/// <summary>Where an output goes: a terminal gets colour (unless <c>NO_COLOR</c> is set); a file or pipe gets plain text.</summary>
internal sealed record OutputContext(bool IsTerminal, bool Color)
{
    public static OutputContext File { get; } = new(IsTerminal: false, Color: false);

    /// <summary>For standard output: colour only on a terminal and when <c>NO_COLOR</c> is unset or empty (no-color.org).</summary>
    public static OutputContext ForStandardOutput(TextWriter output) =>
        Decide(ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The decision itself: colour on a terminal unless <paramref name="noColor"/> (the variable's value) is set and not empty.</summary>
    public static OutputContext Decide(bool isTerminal, string? noColor) => new(isTerminal, isTerminal && string.IsNullOrEmpty(noColor));
}
