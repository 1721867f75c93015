namespace PolicyScan.Policies.Suppressions;

/// <summary>The <see cref="Suppression.Source"/> of each syntax a suppression can be written in, as outputs show it.</summary>
public static class SuppressionSources
{
    /// <summary><c># policyscan:ignore PS-AWS-S3-001 reason</c> in HCL, any comment style.</summary>
    public const string PolicyScanComment = "policyscan:ignore";

    /// <summary>CloudFormation <c>Metadata: {policyscan: {ignore: [{id, reason, expires}]}}</c>.</summary>
    public const string PolicyScanMetadata = "Metadata.policyscan";

    /// <summary>A suppression rule of the configuration file.</summary>
    public const string Configuration = ".policyscan.yml";

    /// <summary><c>#checkov:skip=CKV_AWS_20:reason</c> inside an HCL block.</summary>
    public const string CheckovComment = "checkov:skip";

    /// <summary>CloudFormation <c>Metadata: {checkov: {skip: [{id, comment}]}}</c>.</summary>
    public const string CheckovMetadata = "Metadata.checkov";

    /// <summary><c>#tfsec:ignore:aws-s3-enable-bucket-encryption[:exp:2025-01-02]</c>.</summary>
    public const string TfsecComment = "tfsec:ignore";

    /// <summary><c>#trivy:ignore:AVD-AWS-0088[:exp:2025-01-02]</c> (or the long id, which is tfsec's).</summary>
    public const string TrivyComment = "trivy:ignore";

    /// <summary><c># kics-scan ignore-line</c>, <c>ignore-block</c>, <c>ignore</c>, <c>disable=&lt;uuid&gt;,...</c>.</summary>
    public const string KicsComment = "kics-scan";
}
