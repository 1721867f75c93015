using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::SimpleTable</c> as SAM deploys it: an <c>AWS::DynamoDB::Table</c> with the same logical id, a
/// hash key from <c>PrimaryKey</c> (default <c>id</c> of type String), on-demand billing unless
/// <c>ProvisionedThroughput</c> is written, and the <c>SSESpecification</c> as written. A simple table has no point-in-time
/// recovery: SAM offers no property for it.
/// </summary>
internal static class SimpleTableExpansion
{
    public const string Type = "AWS::Serverless::SimpleTable";

    public static Resource Expand(Resource table)
    {
        var properties = table.Attributes;
        var at = table.DeclarationRange;
        var primaryKey = properties.Get("PrimaryKey");
        var keyName = primaryKey.Get("Name") is { IsAbsent: false } name ? name : Constant("id", at);
        var keyType = primaryKey.Get("Type") switch
        {
            StringValue { Value: "String" } written => new StringValue("S", written.Range),
            StringValue { Value: "Number" } written => new StringValue("N", written.Range),
            StringValue { Value: "Binary" } written => new StringValue("B", written.Range),
            { IsAbsent: true } => Constant("S", at),
            var other => other,
        };
        var throughput = Optional(properties, "ProvisionedThroughput");
        var attributes = Map(
            properties.Range,
            ("TableName", Optional(properties, "TableName")),
            ("AttributeDefinitions", List(at, [Map(at, ("AttributeName", keyName), ("AttributeType", keyType))])),
            ("KeySchema", List(at, [Map(at, ("AttributeName", keyName), ("KeyType", Constant("HASH", at)))])),
            ("BillingMode", throughput is null ? Constant("PAY_PER_REQUEST", at) : null),
            ("ProvisionedThroughput", throughput),
            ("SSESpecification", Optional(properties, "SSESpecification")),
            ("Tags", TagList(properties.Get("Tags"), at)));
        return ServerlessResources.Generate(table, table.Address, "AWS::DynamoDB::Table", attributes, at, ServerlessResources.DependsOn(table));
    }
}
