using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>
/// Builds <see cref="TaggableResource"/> from every CloudFormation resource of a type in
/// <see cref="CloudFormationTaggableResourceTypes.Known"/>, or of any <c>AWS::</c> type that writes <c>Tags</c>. Most
/// types write tags as a list of <c>{Key, Value}</c>; a few (<c>AWS::SSM::Parameter</c>, <c>AWS::Serverless::*</c>)
/// as a map; <c>AWS::EFS::FileSystem</c>, <c>AWS::EFS::AccessPoint</c> and <c>AWS::Backup::BackupVault</c> name the
/// property <c>FileSystemTags</c>, <c>AccessPointTags</c> and <c>BackupVaultTags</c>. Each becomes the <see cref="TaggableResource.Tags"/> map, located where <c>Tags</c> is written. An entry
/// whose Key is unknown (or an unknown entry) makes the map unknown, with its known entries as the partial map.
/// Stack-level tags are given at deployment, not in the template, and are not seen (<see cref="TaggableResource.DefaultTags"/>
/// is missing), as Terraform's <c>TF_AWS_DEFAULT_TAGS_</c> environment variables are not.
/// </summary>
public sealed class CloudFormationTaggableResourceAdapter : IModelAdapter<TaggableResource>
{
    public ImmutableArray<TaggableResource> Build(AdapterContext context) =>
        [.. context.Graph.Resources
            .Where(r => r.Mode == ResourceMode.Managed && r.Format == SourceFormat.CloudFormation && IsTaggable(r))
            .Select(r => new TaggableResource
            {
                Resource = r,
                Tags = TagMap(r[TagProperty(r.Type)]),
                TagsAll = new MissingValue(SourceRange.None),
                DefaultTags = new MissingValue(SourceRange.None),
            })];

    private static bool IsTaggable(Resource resource) =>
        resource.Type.StartsWith("AWS::", StringComparison.Ordinal)
        && (CloudFormationTaggableResourceTypes.Known.Contains(resource.Type) || resource.Attributes.ContainsKey(TagProperty(resource.Type)));

    /// <summary>
    /// The property that holds a type's tags: <c>Tags</c>, except for the few types whose reference pages name it after
    /// the resource (<c>FileSystemTags</c>, <c>AccessPointTags</c>: lists; <c>BackupVaultTags</c>: a map).
    /// </summary>
    private static string TagProperty(string type) => type switch
    {
        "AWS::EFS::FileSystem" => "FileSystemTags",
        "AWS::EFS::AccessPoint" => "AccessPointTags",
        "AWS::Backup::BackupVault" => "BackupVaultTags",
        _ => "Tags",
    };

    /// <summary>The written Tags as a map from key to value; missing, located nowhere, when not written.</summary>
    private static Value TagMap(Value tags) => tags switch
    {
        { IsAbsent: true } => new MissingValue(SourceRange.None),
        ListValue list => FromList(list.Items, list.Range, null),
        UnknownValue { Partial: ListValue partial } unknown => FromList(partial.Items, unknown.Range, unknown),
        _ => tags,
    };

    private static Value FromList(ImmutableArray<Value> items, SourceRange range, UnknownValue? unknown)
    {
        var entries = new List<KeyValuePair<string, Value>>();
        foreach (var item in items)
        {
            if (item["Key"] is { } key && key.AsString() is { } name)
            {
                entries.Add(new(name, item["Value"]));
            }
            else if (!item["Key"].IsAbsent || item is UnknownValue)
            {
                unknown ??= item as UnknownValue ?? item["Key"] as UnknownValue
                    ?? new UnknownValue("a tag's Key is not a known string", item.Range);
            }
        }

        var map = new MapValue(entries, range);
        return unknown is null ? map : new UnknownValue(unknown.Reason, range, unknown.References) { Partial = map };
    }
}
