namespace PolicyScan.Parsers.Diagnostics;

/// <summary>
/// PS03xx: suppressions (inline comments, CloudFormation metadata, foreign scanners' comments, the configuration) that
/// need a person's attention. All are warnings: they never change the exit code by themselves, but an expired waiver
/// makes its findings count again, which may.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor SuppressionExpired = new("PS0300", DiagnosticSeverity.Warning, "the {0} suppression of {1} expired on {2}; the findings it waived count again");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new("PS0301", DiagnosticSeverity.Warning, "the {0} suppression of {1} gives no reason; it applies, but say why so that reviewers and auditors can judge it");

    public static readonly DiagnosticDescriptor SuppressionUnknownPolicy = new("PS0302", DiagnosticSeverity.Warning, "the {0} suppression names \"{1}\", which is neither a policy id nor a policy name");

    public static readonly DiagnosticDescriptor SuppressionInvalidExpiry = new("PS0303", DiagnosticSeverity.Warning, "the {0} suppression of {1} has the expiry \"{2}\", which is not a date (YYYY-MM-DD); the suppression is not applied");

    public static readonly DiagnosticDescriptor SuppressionMalformed = new("PS0304", DiagnosticSeverity.Warning, "malformed {0} suppression: {1}");
}
