using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>A basic event selector: which events (<c>read_write_type</c>, "All" by default) of which data resources are logged.</summary>
public sealed record CloudTrailEventSelector(Value ReadWriteType, ImmutableArray<CloudTrailDataResource> DataResources, SourceRange Location);
