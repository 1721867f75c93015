using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.DynamoDb;

/// <summary>Builds <see cref="DynamoDbTable"/> from <c>aws_dynamodb_table</c> and its <c>server_side_encryption</c> block.</summary>
public sealed class TerraformDynamoDbTableAdapter : IModelAdapter<DynamoDbTable>
{
    public ImmutableArray<DynamoDbTable> Build(AdapterContext context) =>
    [
        .. context.Resources("aws_dynamodb_table")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(table =>
            {
                var encryption = table["server_side_encryption"].AsBlocks().FirstOrDefault();
                return new DynamoDbTable
                {
                    Resource = table,
                    Name = table["name"],
                    KmsEncryptionEnabled = encryption is null
                        ? Defaults.Or(new MissingValue(table.Range), table, false)
                        : Defaults.Or(encryption["enabled"], table, false),
                    KmsKeyArn = encryption is null ? new MissingValue(table.DeclarationRange) : Defaults.OrMissing(encryption["kms_key_arn"], table),
                };
            }),
    ];
}
