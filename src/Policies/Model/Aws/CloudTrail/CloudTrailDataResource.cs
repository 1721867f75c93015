using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.CloudTrail;

/// <summary>A <c>data_resource</c> of a basic selector: a resource type (<c>AWS::S3::Object</c>) and the ARN prefixes logged.</summary>
public sealed record CloudTrailDataResource(Value Type, Value Values, SourceRange Location);
