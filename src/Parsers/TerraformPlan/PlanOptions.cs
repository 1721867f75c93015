namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>How plans are read.</summary>
public sealed record PlanOptions
{
    public PlanScope Scope { get; init; } = PlanScope.All;

    /// <summary>
    /// The root module directory of the plans' configuration (<c>--plan-source</c>); by default each plan's own
    /// directory, when it holds <c>.tf</c> files. Findings are then located in the <c>.tf</c> files.
    /// </summary>
    public string? SourceDirectory { get; init; }

    /// <summary>Read gitignored files and tool directories (<c>.terraform</c>, <c>node_modules</c>) too.</summary>
    public bool IncludeIgnored { get; init; }

    /// <summary>The directory that displayed paths are relative to; the current directory when null.</summary>
    public string? DisplayRoot { get; init; }
}
