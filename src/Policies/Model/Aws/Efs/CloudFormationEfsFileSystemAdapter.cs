using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Efs;

/// <summary>
/// Builds <see cref="EfsFileSystem"/> from <c>AWS::EFS::FileSystem</c>. <c>Encrypted</c> left out is false: the
/// CreateFileSystem API that CloudFormation calls creates an unencrypted file system unless asked.
/// </summary>
public sealed class CloudFormationEfsFileSystemAdapter : IModelAdapter<EfsFileSystem>
{
    public ImmutableArray<EfsFileSystem> Build(AdapterContext context) =>
    [
        .. context.Resources("AWS::EFS::FileSystem")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(fs => new EfsFileSystem
            {
                Resource = fs,
                DisplayName = $"\"{fs.Address}\"",
                Encrypted = Defaults.Or(fs["Encrypted"], fs, false),
                KmsKeyId = Defaults.OrMissing(fs["KmsKeyId"], fs),
            }),
    ];
}
