using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// Suppressions in a CloudFormation resource's <c>Metadata</c> (SAM resources' metadata is carried to the resources
/// SAM generates): ours, <c>policyscan: {ignore: [{id, reason, expires, author}]}</c>, and Checkov's,
/// <c>checkov: {skip: [{id, comment}]}</c> (checkov.io, "Suppressing and Skipping Policies").
/// </summary>
internal static class MetadataDirectiveReader
{
    public static IEnumerable<SuppressionDirective> Ours(Value metadata) =>
        Entries(metadata.Get("policyscan").Get("ignore")).Select(entry =>
        {
            var (expires, invalid) = entry.Get("expires").AsString() is { } text ? CommentDirectiveParser.ParseDate(text) : (null, null);
            return new SuppressionDirective
            {
                Source = SuppressionSources.PolicyScanMetadata,
                Kind = SuppressionKind.Inline,
                Namespace = IdNamespace.PolicyScan,
                Ids = IdsOf(entry),
                Reason = TextOrNull(entry.Get("reason")),
                Author = TextOrNull(entry.Get("author")),
                Expires = expires,
                InvalidExpiry = invalid,
                Location = entry.Range,
            };
        });

    public static IEnumerable<SuppressionDirective> Checkov(Value metadata) =>
        Entries(metadata.Get("checkov").Get("skip")).Select(entry => new SuppressionDirective
        {
            Source = SuppressionSources.CheckovMetadata,
            Kind = SuppressionKind.Foreign,
            Namespace = IdNamespace.Checkov,
            Ids = IdsOf(entry),
            Reason = TextOrNull(entry.Get("comment")),
            Location = entry.Range,
        });

    /// <summary>The entries of a list; a single map written without the list is read as one entry.</summary>
    private static IEnumerable<Value> Entries(Value list) => list switch
    {
        ListValue items => items.Items,
        MapValue single => [single],
        _ => [],
    };

    private static ImmutableArray<string> IdsOf(Value entry) =>
        entry.Get("id").AsString() is { Length: > 0 } id ? [id.Trim()] : [];

    private static string? TextOrNull(Value value) => value.AsString() is { } text && text.Trim().Length > 0 ? text.Trim() : null;
}
