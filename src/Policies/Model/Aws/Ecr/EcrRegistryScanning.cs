using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ecr;

/// <summary>An <c>aws_ecr_registry_scanning_configuration</c>: the scan type (BASIC or ENHANCED) and its rules.</summary>
public sealed record EcrRegistryScanning(Resource Resource, Value ScanType, ImmutableArray<EcrScanningRule> Rules);
