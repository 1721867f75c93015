namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>How a scan gets variable values, in Terraform's precedence (later wins).</summary>
public sealed record TerraformOptions
{
    /// <summary><c>--var-file</c> paths, in command-line order.</summary>
    public IReadOnlyList<string> VariableFiles { get; init; } = [];

    /// <summary><c>--var name=value</c> assignments, in command-line order.</summary>
    public IReadOnlyList<string> Variables { get; init; } = [];

    /// <summary>The environment to read <c>TF_VAR_name</c> from; null reads the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>The directory users' paths are shown relative to.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>Also read files that <c>.gitignore</c> ignores and tool directories (<c>.terraform</c>, <c>node_modules</c>, ...).</summary>
    public bool IncludeIgnored { get; init; }

    /// <summary>The most instances one <c>count</c> or <c>for_each</c> may make before the rest are dropped with a warning.</summary>
    public int MaxInstances { get; init; } = 10_000;

    /// <summary>How deep module calls may nest.</summary>
    public int MaxModuleDepth { get; init; } = 32;
}
