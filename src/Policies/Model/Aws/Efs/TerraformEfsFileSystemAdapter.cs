using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Efs;

/// <summary>Builds <see cref="EfsFileSystem"/> from <c>aws_efs_file_system</c>.</summary>
public sealed class TerraformEfsFileSystemAdapter : IModelAdapter<EfsFileSystem>
{
    public ImmutableArray<EfsFileSystem> Build(AdapterContext context) =>
    [
        .. context.Resources("aws_efs_file_system")
            .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan)
            .Select(fs => new EfsFileSystem
            {
                Resource = fs,
                DisplayName = $"\"{fs["creation_token"].AsString() ?? fs.Address}\"",
                Encrypted = Defaults.Or(fs["encrypted"], fs, false),
                KmsKeyId = Defaults.OrMissing(fs["kms_key_id"], fs),
            }),
    ];
}
