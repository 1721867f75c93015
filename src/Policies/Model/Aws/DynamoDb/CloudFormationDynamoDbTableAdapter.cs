using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.DynamoDb;

/// <summary>
/// Builds <see cref="DynamoDbTable"/> from <c>AWS::DynamoDB::Table</c> and its <c>SSESpecification</c>, as
/// documented: <c>SSEEnabled</c> false or left out means the AWS-owned key; true without <c>KMSMasterKeyId</c> means
/// the AWS-managed key aws/dynamodb.
/// </summary>
public sealed class CloudFormationDynamoDbTableAdapter : IModelAdapter<DynamoDbTable>
{
    public ImmutableArray<DynamoDbTable> Build(AdapterContext context) =>
    [
        .. context.Resources("AWS::DynamoDB::Table")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(table =>
            {
                var encryption = table["SSESpecification"];
                return new DynamoDbTable
                {
                    Resource = table,
                    Name = table["TableName"],
                    KmsEncryptionEnabled = Defaults.Or(encryption.IsAbsent ? encryption : encryption["SSEEnabled"], table, false),
                    KmsKeyArn = encryption.IsAbsent ? new MissingValue(table.DeclarationRange) : Defaults.OrMissing(encryption["KMSMasterKeyId"], table),
                };
            }),
    ];
}
