using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation;

/// <summary>
/// The deployment target of a CloudFormation stack, as a <see cref="ProviderConfig"/> named <c>aws</c>, so that
/// policies read a template resource's region as they read a Terraform resource's: <c>resource.Provider.Region</c>.
/// A template's resources are created in the stack's region, the <c>AWS::Region</c> pseudo parameter; the template
/// does not say which it is, so the region is the scan's <c>--region</c> value, else unknown. No file declares the
/// stack, so its range is <see cref="SourceRange.None"/>.
/// </summary>
public static class StackProvider
{
    public const string UnknownRegionReason = "the stack's region is chosen at deployment (pass --region to check it)";

    public static ProviderConfig For(CloudFormationOptions options) => new()
    {
        Name = "aws",
        Attributes = new MapValue(
            [new("region", options.Region is { } region ? new StringValue(region, SourceRange.None) : new UnknownValue(UnknownRegionReason, SourceRange.None))],
            SourceRange.None),
        Range = SourceRange.None,
    };
}
