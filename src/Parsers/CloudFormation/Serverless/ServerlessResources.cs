using PolicyScan.Parsers.CloudFormation.Evaluation;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>Makes the resources SAM generates from a serverless resource as written.</summary>
internal static class ServerlessResources
{
    /// <summary>
    /// A resource generated from <paramref name="source"/>: it lives in the same template, carries the same
    /// <c>Metadata</c> (suppressions written on the SAM resource apply to what it becomes), and a finding on a property
    /// it leaves out points at <paramref name="declaration"/>, a place in the SAM resource as written.
    /// </summary>
    public static Resource Generate(Resource source, string logicalId, string type, MapValue attributes, SourceRange declaration, IEnumerable<Reference>? dependsOn = null) => new()
    {
        Address = logicalId,
        Type = type,
        Name = logicalId,
        Format = SourceFormat.CloudFormation,
        Root = source.Root,
        Range = source.Range,
        DeclarationRange = declaration,
        Attributes = attributes,
        Metadata = source.Metadata,
        Provider = source.Provider,
        References = [.. PropertyReferences.Collect(attributes), .. dependsOn ?? []],
        GeneratedFrom = new GeneratedFrom(source.GeneratedFrom?.Address ?? source.Address, source.GeneratedFrom?.Type ?? source.Type),
    };

    /// <summary>The <c>DependsOn</c> edges of the resource as written, which SAM keeps on the resource that takes its logical id.</summary>
    public static IEnumerable<Reference> DependsOn(Resource source) => source.References.Where(r => r.FromPath == "DependsOn");
}
