using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>
/// Whether a bucket's object reads and writes are logged as CloudTrail data events (<see cref="CoverageLevel.Maybe"/> when an
/// unknown value decides it, <see cref="Uncertain"/> being that value), and the trails that would log them but have
/// logging disabled.
/// </summary>
public sealed record S3ObjectLoggingCoverage(CoverageLevel Reads, CoverageLevel Writes, Value? Uncertain, ImmutableArray<CloudTrailTrail> DisabledTrails);
