using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>
/// Whether the trails of a configuration log the S3 object-level (data) events of one bucket, reads and writes
/// separately. A selector covers the bucket when it selects <c>AWS::S3::Object</c> data events for every object of
/// the bucket: all buckets (<c>arn:aws:s3</c>, <c>arn:aws:s3:::</c>), the bucket's object prefix
/// (<c>arn:aws:s3:::name/</c>, or <c>"${aws_s3_bucket.x.arn}/"</c>), or, in an advanced selector, a
/// <c>resources.ARN</c> <c>starts_with</c> that every object ARN of the bucket starts with. A prefix inside the bucket
/// covers only part of it and does not count. Unknown parts that might cover the bucket make the answer uncertain.
/// In CloudFormation the bucket's object prefix is <c>!Sub "${Bucket.Arn}/"</c> or <c>!Sub "arn:aws:s3:::${Bucket}/"</c>
/// (<c>Ref</c> of a bucket is its name, <c>GetAtt .Arn</c> its ARN); a reference to another bucket (a resource of type
/// <c>aws_s3_bucket</c> or <c>AWS::S3::Bucket</c> in the graph) does not concern it.
/// </summary>
public static class S3ObjectLogging
{
    private const string S3Object = "AWS::S3::Object";
    private const string BucketArnStart = "arn:aws:s3:::";
    private static readonly string[] BucketTypes = ["aws_s3_bucket", "AWS::S3::Bucket"];

    /// <summary>
    /// The coverage of the bucket named <paramref name="bucketName"/> (resource <paramref name="bucket"/>) by
    /// <paramref name="trails"/>; <paramref name="graph"/> tells which referenced resources are buckets.
    /// </summary>
    public static S3ObjectLoggingCoverage Of(Resource bucket, Value bucketName, IEnumerable<CloudTrailTrail> trails, ResourceGraph graph)
    {
        var target = new Target(bucket, bucketName, graph);
        var reads = Match.No;
        var writes = Match.No;
        var disabled = ImmutableArray.CreateBuilder<CloudTrailTrail>();
        foreach (var trail in trails.Where(t => t.Resource.Root == bucket.Root && t.Resource.Format == bucket.Format))
        {
            var (trailReads, trailWrites) = Selected(trail, target);
            if (trail.Logging.IsFalse)
            {
                if (trailReads.Level != CoverageLevel.No || trailWrites.Level != CoverageLevel.No)
                {
                    disabled.Add(trail);
                }

                continue;
            }

            var logging = trail.Logging.IsUnknown ? Match.Maybe(trail.Logging) : Match.Yes;
            reads = Match.Any(reads, Match.All(logging, trailReads));
            writes = Match.Any(writes, Match.All(logging, trailWrites));
        }

        return new S3ObjectLoggingCoverage(reads.Level, writes.Level, reads.Uncertain ?? writes.Uncertain, disabled.ToImmutable());
    }

    private static (Match Reads, Match Writes) Selected(CloudTrailTrail trail, Target target)
    {
        var reads = Match.No;
        var writes = Match.No;
        foreach (var selector in trail.EventSelectors)
        {
            var objects = Match.No;
            foreach (var resource in selector.DataResources)
            {
                objects = Match.Any(objects, Match.All(Equal(resource.Type, S3Object), Elements(resource.Values, v => BasicValue(v, target))));
            }

            var (readOnly, writeOnly) = selector.ReadWriteType.AsString() switch
            {
                "ReadOnly" => (true, false),
                "WriteOnly" => (false, true),
                _ => (false, false),
            };
            var operations = selector.ReadWriteType.IsUnknown ? Match.Maybe(selector.ReadWriteType) : Match.Yes;
            reads = Match.Any(reads, writeOnly ? Match.No : Match.All(operations, objects));
            writes = Match.Any(writes, readOnly ? Match.No : Match.All(operations, objects));
        }

        foreach (var selector in trail.AdvancedEventSelectors)
        {
            var (selectorReads, selectorWrites) = Advanced(selector, target);
            reads = Match.Any(reads, selectorReads);
            writes = Match.Any(writes, selectorWrites);
        }

        return (reads, writes);
    }

    /// <summary>All field selectors must hold; <c>readOnly</c> decides whether reads, writes or both are selected.</summary>
    private static (Match Reads, Match Writes) Advanced(CloudTrailAdvancedEventSelector selector, Target target)
    {
        var all = Match.Yes;
        var hasType = false;
        var reads = Match.Yes;
        var writes = Match.Yes;
        foreach (var field in selector.FieldSelectors)
        {
            if (field.Field.IsUnknown)
            {
                all = Match.All(all, Match.Maybe(field.Field));
                continue;
            }

            switch (field.Field.AsString())
            {
                case "eventCategory":
                    all = Match.All(all, Contains(field.EqualsValues, "Data"));
                    break;
                case "resources.type":
                    hasType = true;
                    all = Match.All(all, Contains(field.EqualsValues, S3Object));
                    break;
                case "resources.ARN":
                    all = Match.All(all, ArnCondition(field, target));
                    break;
                case "readOnly":
                    var only = field.EqualsValues.Elements.Select(v => v.AsString()).ToHashSet();
                    if (field.EqualsValues.IsUnknown || field.EqualsValues.Elements.Any(v => v.IsUnknown))
                    {
                        all = Match.All(all, Match.Maybe(field.EqualsValues));
                    }
                    else if (only.Count == 1)
                    {
                        // readOnly = ["true"] selects only reads (GetObject); ["false"] only writes (PutObject, DeleteObject).
                        if (only.Contains("true"))
                        {
                            writes = Match.No;
                        }
                        else
                        {
                            reads = Match.No;
                        }
                    }

                    break;
                case "eventSource" when Contains(field.EqualsValues, "s3.amazonaws.com").Level == CoverageLevel.Yes:
                    break;
                default:
                    // Any other positive condition (eventName, userIdentity.arn, ...) selects only some of the bucket's events.
                    if (!field.EqualsValues.IsAbsent || !field.StartsWith.IsAbsent || !field.EndsWith.IsAbsent)
                    {
                        all = Match.No;
                    }

                    break;
            }
        }

        if (!hasType)
        {
            // Data events are only selected with a resources.type condition; without one the selector logs management events.
            all = Match.No;
        }

        return (Match.All(all, reads), Match.All(all, writes));
    }

    /// <summary>
    /// A <c>resources.ARN</c> condition covers the bucket when a <c>starts_with</c> prefix (or, without positive operators,
    /// nothing) selects every object, no exclusion removes any of its objects, and no <c>ends_with</c> narrows it.
    /// <c>equals</c> names single objects and never covers a whole bucket.
    /// </summary>
    private static Match ArnCondition(CloudTrailFieldSelector field, Target target)
    {
        Match included;
        if (!field.StartsWith.IsAbsent)
        {
            included = Elements(field.StartsWith, v => Prefix(v, target));
        }
        else if (!field.EqualsValues.IsAbsent || !field.EndsWith.IsAbsent)
        {
            return Match.No;
        }
        else
        {
            included = Match.Yes;
        }

        if (!field.EndsWith.IsAbsent)
        {
            return Match.No;
        }

        var excluded = Elements(field.NotStartsWith, v => Excludes(v, target));
        return excluded.Level switch
        {
            CoverageLevel.Yes => Match.No,
            CoverageLevel.Maybe => Match.All(included, Match.Maybe(excluded.Uncertain!)),
            _ => included,
        };
    }

    /// <summary>A basic selector value: all of S3, or exactly the bucket's object prefix.</summary>
    private static Match BasicValue(Value value, Target target)
    {
        if (value is UnknownValue unknown)
        {
            return Reference(unknown, target, prefix: false);
        }

        return value.AsString() switch
        {
            "arn:aws:s3" or BucketArnStart => Match.Yes,
            { } text when target.ObjectPrefix is { } own => text == own ? Match.Yes : Match.No,
            { } text when target.NameUnknown && text.StartsWith(BucketArnStart, StringComparison.Ordinal) && text.IndexOf('/') == text.Length - 1 => Match.Maybe(value),
            _ => Match.No,
        };
    }

    /// <summary>A <c>starts_with</c> prefix: covers the bucket when every object ARN of it starts with the prefix.</summary>
    private static Match Prefix(Value value, Target target)
    {
        if (value is UnknownValue unknown)
        {
            return Reference(unknown, target, prefix: true);
        }

        if (value.AsString() is not { } text)
        {
            return Match.No;
        }

        if (BucketArnStart.StartsWith(text, StringComparison.Ordinal))
        {
            return Match.Yes;
        }

        if (target.ObjectPrefix is { } own)
        {
            return own.StartsWith(text, StringComparison.Ordinal) ? Match.Yes : Match.No;
        }

        return target.NameUnknown && text.StartsWith(BucketArnStart, StringComparison.Ordinal) ? Match.Maybe(value) : Match.No;
    }

    /// <summary>A <c>not_starts_with</c> prefix: excludes the bucket, or part of it, when the two prefixes overlap.</summary>
    private static Match Excludes(Value value, Target target)
    {
        if (value is UnknownValue unknown)
        {
            if (ResourceLinks.RefersTo(unknown, target.Bucket.Address))
            {
                return Match.Yes;
            }

            return RefersOnlyToOtherBuckets(unknown, target) ? Match.No : Match.Maybe(value);
        }

        if (value.AsString() is not { } text)
        {
            return Match.No;
        }

        if (target.ObjectPrefix is { } own)
        {
            return own.StartsWith(text, StringComparison.Ordinal) || text.StartsWith(own, StringComparison.Ordinal) ? Match.Yes : Match.No;
        }

        return BucketArnStart.StartsWith(text, StringComparison.Ordinal) ? Match.Yes : target.NameUnknown ? Match.Maybe(value) : Match.No;
    }

    /// <summary>
    /// An unknown selector value: the bucket's own ARN followed by "/" (or, for a prefix, the ARN alone) covers it; a
    /// longer path covers only part of it; a reference to other buckets does not concern it; anything else might.
    /// </summary>
    private static Match Reference(UnknownValue value, Target target, bool prefix)
    {
        if (ResourceLinks.RefersTo(value, target.Bucket.Address))
        {
            var text = (value.Partial as StringValue)?.Value;
            var covering = new List<string> { UnknownValue.Placeholder + "/", BucketArnStart + UnknownValue.Placeholder + "/" };
            if (prefix)
            {
                covering.Add(UnknownValue.Placeholder);
                covering.Add(BucketArnStart + UnknownValue.Placeholder);
            }

            if (text is not null && !covering.Contains(text))
            {
                return Match.No;
            }

            if (target.Bucket.Format == SourceFormat.CloudFormation && !NamesArnOrName(value, target, text))
            {
                return Match.No;
            }

            // A bare reference (aws_s3_bucket.x.arn) has no partial text: as a prefix it covers every object; as a
            // basic selector value it lacks the "/" that selects the objects.
            return text is null ? (prefix ? Match.Yes : Match.No) : Match.Yes;
        }

        return RefersOnlyToOtherBuckets(value, target) ? Match.No : Match.Maybe(value);
    }

    /// <summary>
    /// In CloudFormation the attribute decides what the placeholder stands for: <c>${Bucket.Arn}</c> (and a bare
    /// <c>!GetAtt Bucket.Arn</c>) is the bucket ARN, <c>${Bucket}</c> the bucket name, which only follows "arn:aws:s3:::".
    /// </summary>
    private static bool NamesArnOrName(UnknownValue value, Target target, string? text)
    {
        var own = value.References.Where(r => r.Address == target.Bucket.Address).ToList();
        var afterArnStart = text?.StartsWith(BucketArnStart, StringComparison.Ordinal) == true;
        return own.All(r => afterArnStart ? r.Attribute is null : r.Attribute == "Arn");
    }

    /// <summary>Every reference names a bucket (by its type in the graph) other than the target.</summary>
    private static bool RefersOnlyToOtherBuckets(UnknownValue value, Target target) =>
        value.References.Length > 0 && value.References.All(r => r.Address != target.Bucket.Address && IsBucket(r, target));

    private static bool IsBucket(ReferenceTarget reference, Target target)
    {
        var resource = target.Graph.Resources.FirstOrDefault(r =>
            r.Address == reference.Address && r.Root == target.Bucket.Root && r.Format == target.Bucket.Format);
        if (resource is not null)
        {
            return BucketTypes.Contains(resource.Type);
        }

        // A Terraform address not in the graph as written (an instance key, a module output): fall back to its type prefix.
        return target.Bucket.Format != SourceFormat.CloudFormation
            && (reference.Address.StartsWith("aws_s3_bucket.", StringComparison.Ordinal) || reference.Address.Contains(".aws_s3_bucket.", StringComparison.Ordinal));
    }

    private static Match Equal(Value value, string expected) =>
        value.IsUnknown ? Match.Maybe(value) : value.AsString() == expected ? Match.Yes : Match.No;

    private static Match Contains(Value list, string expected) => Elements(list, v => Equal(v, expected));

    /// <summary>Any element matching; an unknown list might.</summary>
    private static Match Elements(Value list, Func<Value, Match> match) =>
        list.IsUnknown ? Match.Maybe(list) : list.Elements.Aggregate(Match.No, (found, element) => Match.Any(found, match(element)));

    private sealed record Target(Resource Bucket, Value Name, ResourceGraph Graph)
    {
        /// <summary>The prefix of every object ARN of the bucket, when its name is known.</summary>
        public string? ObjectPrefix => Name.AsString() is { } name ? $"{BucketArnStart}{name}/" : null;

        public bool NameUnknown => Name.IsUnknown;
    }

    /// <summary>A three-valued answer and, when uncertain, the value that makes it so.</summary>
    private readonly record struct Match(CoverageLevel Level, Value? Uncertain)
    {
        public static readonly Match No = new(CoverageLevel.No, null);
        public static readonly Match Yes = new(CoverageLevel.Yes, null);

        public static Match Maybe(Value value) => new(CoverageLevel.Maybe, value);

        public static Match Any(Match a, Match b) => a.Level >= b.Level ? a : b;

        public static Match All(Match a, Match b) => a.Level <= b.Level ? a : b;
    }
}
