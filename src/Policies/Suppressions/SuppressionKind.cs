namespace PolicyScan.Policies.Suppressions;

/// <summary>Where a suppression was written.</summary>
public enum SuppressionKind
{
    /// <summary>In the code, next to or inside the resource: <c># policyscan:ignore</c>, CloudFormation or ARM metadata.</summary>
    Inline,

    /// <summary>In the configuration file (<c>.policyscan.yml</c>), by path pattern.</summary>
    Configuration,

    /// <summary>A suppression written for another scanner (Checkov, tfsec, Trivy, KICS) of an equivalent check.</summary>
    Foreign,
}
