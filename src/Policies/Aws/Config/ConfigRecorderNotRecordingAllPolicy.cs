using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Config;

namespace PolicyScan.Policies.Aws.Config;

/// <summary>An AWS Config recorder that does not record every resource, or is never started.</summary>
public sealed class ConfigRecorderNotRecordingAllPolicy : Policy<ConfigRecorder>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-CONFIG-001",
        Name = "config-recorder-not-recording-all",
        Title = "AWS Config recorder does not record all resources",
        Severity = Severity.Medium,
        Description = "The configuration recorder's recording_group sets all_supported = false, or leaves include_global_resource_types false (its default) so IAM users, groups, roles and policies are not recorded, or the recorder is never started: no aws_config_configuration_recorder_status of the same configuration refers to it with is_enabled = true.",
        Rationale = "Config's history of resource configurations is how you show what a system holding patient data looked like at any time and who changed it; resource types left out, or a stopped recorder, leave gaps in that record.",
        Remediation = "Set recording_group { all_supported = true, include_global_resource_types = true } (global types in one Region is enough) and add an aws_config_configuration_recorder_status with is_enabled = true.",
        FixedExamples = Examples.Terraform("""
            resource "aws_config_configuration_recorder" "main" {
              name     = "main"
              role_arn = aws_iam_service_linked_role.config.arn

              recording_group {
                all_supported                 = true
                include_global_resource_types = true
              }
            }

            resource "aws_config_configuration_recorder_status" "main" {
              name       = aws_config_configuration_recorder.main.name
              is_enabled = true
              depends_on = [aws_config_delivery_channel.main]
            }
            """).AndCloudFormation("""
            Resources:
              Recorder:
                Type: AWS::Config::ConfigurationRecorder
                Properties:
                  Name: main
                  RoleARN: !GetAtt ConfigRole.Arn
                  RecordingGroup:
                    AllSupported: true
                    IncludeGlobalResourceTypes: true
            """),
        Compliance = ["hipaa:164.308(a)(1)(ii)(D)", "hipaa:164.312(b)", "gdpr:32(1)(d)", "nis2:21(2)(f)", "iso27001:5.9", "iso27001:8.9", "aws-fsbp:Config.1"],
        Related = ["checkov:CKV2_AWS_45", "checkov:CKV2_AWS_48"],
        ResourceTypes = ["aws_config_configuration_recorder", "aws_config_configuration_recorder_status", "AWS::Config::ConfigurationRecorder"],
    };

    protected override void Check(ConfigRecorder recorder, PolicyCheck check)
    {
        var name = recorder.Name.AsString() is { } known ? $"\"{known}\"" : $"\"{recorder.Resource.Address}\"";
        check.Require(recorder.AllSupported, v => !v.IsFalse, $"Config recorder {name} records only the listed resource types ({check.Name("all_supported", "RecordingGroup.AllSupported")} = false)");
        if (!recorder.AllSupported.IsFalse)
        {
            check.Require(recorder.IncludeGlobalResourceTypes, v => v.IsTrue, $"Config recorder {name} does not record global resource types such as IAM roles ({check.Name("include_global_resource_types", "RecordingGroup.IncludeGlobalResourceTypes")} is not true)");
        }

        if (recorder.Started.IsEmpty)
        {
            check.Fail(new MissingValue(recorder.Resource.DeclarationRange), $"Config recorder {name} is never started (no aws_config_configuration_recorder_status refers to it)");
        }
        else if (!recorder.Started.Any(s => s.IsTrue))
        {
            foreach (var started in recorder.Started)
            {
                check.Require(started, v => v.IsTrue, $"Config recorder {name} is stopped (is_enabled = false)");
            }
        }
    }
}
