using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>One condition of an advanced event selector: a field (<c>eventCategory</c>, <c>resources.type</c>, <c>resources.ARN</c>, <c>readOnly</c>, ...) and its operators.</summary>
public sealed record CloudTrailFieldSelector(
    Value Field,
    Value EqualsValues,
    Value StartsWith,
    Value NotEquals,
    Value NotStartsWith,
    Value EndsWith,
    Value NotEndsWith)
{
    /// <summary>The operators that only exclude events.</summary>
    public IEnumerable<Value> Exclusions => [NotEquals, NotStartsWith, NotEndsWith];
}
