using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>An advanced event selector: every field selector must match for an event to be logged.</summary>
public sealed record CloudTrailAdvancedEventSelector(ImmutableArray<CloudTrailFieldSelector> FieldSelectors, SourceRange Location);
