using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests;

/// <summary>
/// A CloudFormation user reads CloudFormation's names: findings on CloudFormation resources name properties as the
/// template writes them (<c>KmsKeyArn</c>, <c>ServerSideEncryptionByDefault.KMSMasterKeyID</c>) and split resources
/// by their CloudFormation type (<c>AWS::SecretsManager::RotationSchedule</c>), never the Terraform spelling.
/// </summary>
public sealed partial class CloudFormationMessageTests
{
    public static IEnumerable<TestCaseData> Folders() =>
        from policyFolder in Directory.EnumerateDirectories(TestPaths.Fixtures("policies")).Order(StringComparer.Ordinal)
        from kind in new[] { "fail", "pass" }
        let folder = Path.Combine(policyFolder, "cloudformation", kind)
        where Directory.Exists(folder)
        select new TestCaseData(folder).SetName($"CloudFormation messages of every policy on {Path.GetFileName(policyFolder)} {kind}");

    /// <summary>Every policy on every CloudFormation fixture: no failure or unknown names anything the Terraform way.</summary>
    [TestCaseSource(nameof(Folders))]
    public void Findings_on_CloudFormation_resources_use_CloudFormation_names(string folder)
    {
        using var fixture = MarkedFixture.Load(folder);
        var graph = FixtureScanner.Scan(SourceFormat.CloudFormation, fixture.Directory);
        var result = PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies, FixtureSettings.Load(folder));

        var findings = result.Findings
            .Where(f => f.Resource.Format == SourceFormat.CloudFormation && f.Status is ResultStatus.Failed or ResultStatus.Unknown)
            .ToList();
        var offending = findings
            .Select(f => (Finding: f, Names: TerraformNames(f.Message)))
            .Where(f => f.Names.Count > 0)
            .Select(f => $"{f.Finding.Policy.Id} {string.Join(", ", f.Names)}: {f.Finding.Message}")
            .ToList();

        if (Path.GetFileName(folder) == "fail")
        {
            Assert.That(findings, Is.Not.Empty, "a failing fixture must give messages to read");
        }

        Assert.That(offending, Is.Empty, "messages on CloudFormation resources with Terraform names:\n" + string.Join("\n", offending));
    }

    [TestCase("PS-AWS-S3-005", """
        Resources:
          Phi:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: phi-data
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: aws:kms
        """, "Bucket \"phi-data\" uses SSE-KMS without ServerSideEncryptionByDefault.KMSMasterKeyID, so the AWS-managed key aws/s3 encrypts it")]
    [TestCase("PS-AWS-LAMBDA-002", """
        Resources:
          Ingest:
            Type: AWS::Lambda::Function
            Properties:
              FunctionName: ingest
              Environment:
                Variables:
                  LOG_LEVEL: info
        """, "Function \"ingest\" has environment variables but no KmsKeyArn, so they are encrypted with the AWS-managed key aws/lambda")]
    [TestCase("PS-AWS-APIGW-005", """
        Resources:
          Prod:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: abc123
              StageName: prod
              AccessLogSettings:
                Format: $context.requestId
        """, "Stage \"prod\" has AccessLogSettings without a DestinationArn")]
    [TestCase("PS-AWS-APIGW-004", """
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: abc123
              StageName: prod
              AccessLogSetting:
                Format: $context.requestId
        """, "Stage \"prod\" has AccessLogSetting without a DestinationArn")]
    [TestCase("PS-AWS-SAGEMAKER-001", """
        Resources:
          Research:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              NotebookInstanceName: research
              InstanceType: ml.t3.medium
              RoleArn: arn:aws:iam::123456789012:role/notebook
        """, "Notebook \"research\" has root access enabled (RootAccess is not set and defaults to \"Enabled\")")]
    public void CloudFormation_message_names_the_property(string policyId, string template, string expected) =>
        Assert.That(FailureMessages(policyId, SourceFormat.CloudFormation, "template.yaml", template), Is.EqualTo(new[] { expected }));

    [TestCase("PS-AWS-S3-005", """
        resource "aws_s3_bucket" "phi" {
          bucket = "phi-data"
        }

        resource "aws_s3_bucket_server_side_encryption_configuration" "phi" {
          bucket = aws_s3_bucket.phi.id
          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm = "aws:kms"
            }
          }
        }
        """, "Bucket \"phi-data\" uses SSE-KMS without kms_master_key_id, so the AWS-managed key aws/s3 encrypts it")]
    [TestCase("PS-AWS-LAMBDA-002", """
        resource "aws_lambda_function" "ingest" {
          function_name = "ingest"
          role          = "arn:aws:iam::123456789012:role/ingest"
          environment {
            variables = {
              LOG_LEVEL = "info"
            }
          }
        }
        """, "Function \"ingest\" has environment variables but no kms_key_arn, so they are encrypted with the AWS-managed key aws/lambda")]
    [TestCase("PS-AWS-APIGW-005", """
        resource "aws_apigatewayv2_stage" "prod" {
          api_id = "abc123"
          name   = "prod"
          access_log_settings {
            format = "$context.requestId"
          }
        }
        """, "Stage \"prod\" has access_log_settings without a destination_arn")]
    [TestCase("PS-AWS-SAGEMAKER-001", """
        resource "aws_sagemaker_notebook_instance" "research" {
          name          = "research"
          instance_type = "ml.t3.medium"
          role_arn      = "arn:aws:iam::123456789012:role/notebook"
        }
        """, "Notebook \"research\" has root access enabled (root_access is not set and defaults to \"Enabled\")")]
    public void Terraform_message_keeps_the_argument_name(string policyId, string configuration, string expected) =>
        Assert.That(FailureMessages(policyId, SourceFormat.Terraform, "main.tf", configuration), Is.EqualTo(new[] { expected }));

    /// <summary>
    /// The Terraform-looking names in a message: lower-case snake_case identifiers and <c>aws_</c> resource types. No
    /// allow-list is needed: every lower-case word with an underscore in today's messages is a Terraform name.
    /// </summary>
    private static List<string> TerraformNames(string message) =>
        [.. SnakeCase().Matches(message).Select(m => m.Value).Distinct()];

    private static List<string> FailureMessages(string policyId, SourceFormat format, string fileName, string source)
    {
        var directory = Path.Combine(Path.GetTempPath(), "policyscan-messages-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, fileName), source);
            var graph = FixtureScanner.Scan(format, directory);
            Assert.That(graph.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty, "the source must parse");
            var result = PolicyRunner.Run(graph, [PolicyCatalog.Find(policyId)!]);
            return [.. result.Findings.Where(f => f.Status is ResultStatus.Failed or ResultStatus.Unknown).Select(f => f.Message)];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // Case-sensitive: Terraform names are lower case, while upper-case words with underscores are values the user
    // chose (an environment variable DB_PASSWORD) or AWS constants (TLS_1_0).
    [GeneratedRegex(@"\b[a-z0-9]+(_[a-z0-9]+)+\b|\baws_\w*")]
    private static partial Regex SnakeCase();
}
