using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Logs;

namespace PolicyScan.Policies.Aws.Logs;

/// <summary>A log group that deletes its events sooner than the configured minimum.</summary>
public sealed class CloudWatchLogGroupRetentionPolicy : Policy<CloudWatchLogGroup>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-LOGS-002",
        Name = "cloudwatch-log-group-retention",
        Title = "CloudWatch log group keeps events for less than the minimum retention",
        Severity = Severity.Medium,
        Description = "The log group's retention_in_days is shorter than the configured minimum (setting MinimumLogRetentionDays, 365 days unless configured). Left out or 0, events never expire, which passes.",
        Rationale = "Incidents involving patient data are often found months later; logs deleted before then cannot support the investigation, and HIPAA documentation must be kept six years.",
        Remediation = "Set retention_in_days to at least the minimum (one of CloudWatch's allowed values, such as 400, 731, 1827 or 2192), or export the logs to an archive that keeps them.",
        FixedExamples = Examples.Terraform("""
            resource "aws_cloudwatch_log_group" "app" {
              name              = "/phi/app"
              retention_in_days = 2192
              kms_key_id        = aws_kms_key.logs.arn
            }
            """).AndCloudFormation("""
            Resources:
              AppLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: /phi/app
                  RetentionInDays: 2192
                  KmsKeyId: !GetAtt LogsKey.Arn
            """),
        Compliance = ["hipaa:164.312(b)", "hipaa:164.316(b)(2)(i)", "gdpr:33", "nis2:21(2)(b)", "iso27001:8.15"],
        Related = ["checkov:CKV_AWS_338"],
        ResourceTypes = ["aws_cloudwatch_log_group", "AWS::Logs::LogGroup"],
    };

    protected override void Check(CloudWatchLogGroup group, PolicyCheck check)
    {
        var minimum = check.Settings.MinimumLogRetentionDays;
        check.Require(
            group.RetentionInDays,
            v => v.AsNumber() is not { } days || days == 0 || days >= minimum,
            $"Log group {group.DisplayName} keeps events for {group.RetentionInDays.AsString()} days, less than the minimum of {minimum} days",
            $"Log group {group.DisplayName}: its retention is known only after apply (the minimum is {minimum} days)");
    }
}
