using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>Builds <see cref="EbsEncryptionByDefault"/> from <c>aws_ebs_encryption_by_default</c>.</summary>
public sealed class TerraformEbsEncryptionByDefaultAdapter : IModelAdapter<EbsEncryptionByDefault>
{
    public ImmutableArray<EbsEncryptionByDefault> Build(AdapterContext context) =>
        [.. context.Resources("aws_ebs_encryption_by_default")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(r => new EbsEncryptionByDefault(r, Defaults.Or(r["enabled"], r, true)))];
}
