using PolicyScan.Parsers.Graph;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// <c>AWS::Serverless::LayerVersion</c> as SAM deploys it: an <c>AWS::Lambda::LayerVersion</c> (SAM appends a hash of
/// the content to the logical id; the graph keeps the id as written, which is what <c>!Ref</c> in the template names).
/// </summary>
internal static class LayerVersionExpansion
{
    public const string Type = "AWS::Serverless::LayerVersion";

    public static Resource Expand(Resource layer)
    {
        var properties = layer.Attributes;
        Value? content = Optional(properties, "ContentUri") switch
        {
            MapValue map => Map(map.Range, ("S3Bucket", map.Get("Bucket")), ("S3Key", map.Get("Key")), ("S3ObjectVersion", map.Get("Version"))),
            { } other => new UnknownValue("the content is uploaded by sam package or sam deploy", other.Range),
            null => null,
        };
        var attributes = Map(
            properties.Range,
            ("LayerName", Optional(properties, "LayerName")),
            ("Description", Optional(properties, "Description")),
            ("Content", content),
            ("CompatibleRuntimes", Optional(properties, "CompatibleRuntimes")),
            ("CompatibleArchitectures", Optional(properties, "CompatibleArchitectures")),
            ("LicenseInfo", Optional(properties, "LicenseInfo")));
        return ServerlessResources.Generate(layer, layer.Address, "AWS::Lambda::LayerVersion", attributes, layer.DeclarationRange, ServerlessResources.DependsOn(layer));
    }
}
