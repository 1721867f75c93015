namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// A configured <see cref="SuppressionRule"/> with the matcher of its path patterns. Glob matching belongs to whoever
/// reads the configuration (the command line, relative to its scan root), so it is handed in rather than done here.
/// </summary>
/// <param name="MatchesPath">Whether a file path as findings show it (relative to the root) is one the rule covers;
/// only asked when <see cref="SuppressionRule.Paths"/> is not empty.</param>
public sealed record ConfiguredSuppression(SuppressionRule Rule, Func<string, bool> MatchesPath);
