using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.DynamoDb;

namespace PolicyScan.Policies.Aws.DynamoDb;

/// <summary>A DynamoDB table encrypted with an AWS-owned or AWS-managed key rather than a customer-managed KMS key.</summary>
public sealed class DynamoDbTableCustomerKeyPolicy : Policy<DynamoDbTable>
{
    public override PolicyMetadata Metadata { get; } = new()
    {
        Id = "PS-AWS-DYNAMODB-001",
        Name = "dynamodb-table-kms-customer-key",
        Title = "DynamoDB table is not encrypted with a customer-managed KMS key",
        Severity = Severity.Medium,
        Description = "An aws_dynamodb_table has no server_side_encryption block or has enabled = false (DynamoDB then uses an AWS-owned key), or enables it without kms_key_arn (the AWS-managed key aws/dynamodb), or names the alias aws/dynamodb. In CloudFormation: an AWS::DynamoDB::Table without SSESpecification or with SSEEnabled false (the AWS-owned key, as documented), with SSEEnabled true but no KMSMasterKeyId (the AWS-managed key), or naming alias/aws/dynamodb; an AWS::Serverless::SimpleTable is judged as the AWS::DynamoDB::Table SAM deploys, with the SSESpecification written on it or in Globals.SimpleTable.",
        Rationale = "DynamoDB always encrypts at rest, but with an AWS-owned key nobody in your account can audit or restrict decryption. A customer-managed key puts every decryption in CloudTrail, lets key policy limit who can read the table, and lets you make the data unreadable by disabling the key.",
        Remediation = "Add server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<name>.arn } with a key you manage.",
        FixedExamples = Examples.Terraform("""
            resource "aws_dynamodb_table" "phi" {
              name         = "phi"
              billing_mode = "PAY_PER_REQUEST"
              hash_key     = "id"
              attribute {
                name = "id"
                type = "S"
              }
              server_side_encryption {
                enabled     = true
                kms_key_arn = aws_kms_key.phi.arn
              }
            }
            """).AndCloudFormation("""
            Resources:
              Records:
                Type: AWS::DynamoDB::Table
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
                  KeySchema: [{ AttributeName: id, KeyType: HASH }]
                  SSESpecification:
                    SSEEnabled: true
                    SSEType: KMS
                    KMSMasterKeyId: !GetAtt RecordsKey.Arn
            """),
        Compliance = ["hipaa:164.312(a)(2)(iv)", "gdpr:32(1)(a)", "nis2:21(2)(h)", "iso27001:8.24"],
        Related = ["checkov:CKV_AWS_119"],
        ResourceTypes = ["aws_dynamodb_table", "aws_kms_key", "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"],
    };

    protected override void Check(DynamoDbTable table, PolicyCheck check)
    {
        var enabled = table.KmsEncryptionEnabled;
        if (enabled.IsUnknown)
        {
            check.Unknown(enabled, $"Table {table.DisplayName}: whether it uses a KMS key is only known after apply");
            return;
        }

        if (!enabled.IsTrue)
        {
            check.Fail(enabled, enabled.Origin == ValueOrigin.Defaulted
                ? $"Table {table.DisplayName} has no {check.Name("server_side_encryption block", "SSESpecification")}, so it is encrypted with an AWS-owned key"
                : $"Table {table.DisplayName} has {check.Name("server_side_encryption", "SSESpecification.SSEEnabled")} disabled, so it is encrypted with an AWS-owned key");
            return;
        }

        var key = table.KmsKeyArn;
        if (key.IsAbsent)
        {
            check.Fail(enabled, $"Table {table.DisplayName} enables {check.Name("server_side_encryption", "SSESpecification.SSEEnabled")} without {check.Name("kms_key_arn", "SSESpecification.KMSMasterKeyId")}, so the AWS-managed key aws/dynamodb encrypts it");
        }
        else if (key.IsUnknown)
        {
            // A key from a reference (aws_kms_key.x.arn) is unknown until apply but is a customer-managed key.
            if (((UnknownValue)key).References.IsEmpty)
            {
                check.Unknown(key, $"Table {table.DisplayName}: its KMS key is only known after apply");
            }
        }
        else if (key.AsString() is { } arn && arn.EndsWith("alias/aws/dynamodb", StringComparison.Ordinal))
        {
            check.Fail(key, $"Table {table.DisplayName} names the AWS-managed key \"{arn}\", not a customer-managed key");
        }
    }
}
