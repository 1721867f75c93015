using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using static PolicyScan.Parsers.CloudFormation.Serverless.GeneratedValues;

namespace PolicyScan.Parsers.CloudFormation.Serverless;

/// <summary>
/// The <c>AWS::IAM::Role</c> SAM generates (<c>{Id}Role</c>) for a function or state machine without a <c>Role</c>: a
/// trust policy for the service (or the <c>AssumeRolePolicyDocument</c> written), the managed policies SAM adds, and
/// the resource's <c>Policies</c>: a name or ARN becomes a managed policy (an AWS managed policy name becomes its ARN,
/// as SAM does), an IAM policy document becomes an inline policy. SAM policy templates (<c>S3ReadPolicy: {...}</c>)
/// are not expanded: each grants a fixed, resource-scoped action list, so leaving them out hides no wildcard grant;
/// an unknown entry (an <c>Fn::If</c> on a deployment-time condition) becomes an unknown inline policy.
/// </summary>
internal static class ExecutionRole
{
    public static string LogicalIdFor(string resourceId) => $"{resourceId}Role";

    public static Resource Generate(Resource source, string service, IEnumerable<string> implicitManagedPolicies, (string Key, string Value) samTag)
    {
        var properties = source.Attributes;
        var at = source.DeclarationRange;
        var managed = implicitManagedPolicies.Select(name => (Value)Constant($"arn:aws:iam::aws:policy/{name}", at)).ToList();
        var inline = new List<Value>();
        var policies = properties.Get("Policies");
        var entries = policies switch
        {
            ListValue list => list.Items,
            MissingValue or NullValue => [],
            _ => [policies],
        };
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case StringValue { Value: var name } when !name.StartsWith("arn:", StringComparison.Ordinal):
                    managed.Add(new StringValue($"arn:aws:iam::aws:policy/{name}", entry.Range));
                    break;
                case StringValue:
                    managed.Add(entry);
                    break;
                case UnknownValue { References.IsEmpty: false }:
                    // A Ref/GetAtt to a resource names a managed policy (AWS::IAM::ManagedPolicy) by its ARN.
                    managed.Add(entry);
                    break;
                case MapValue document when document.ContainsKey("Statement"):
                    inline.Add(Map(document.Range, ("PolicyName", Constant($"{source.Address}RolePolicy{inline.Count}", document.Range)), ("PolicyDocument", document)));
                    break;
                case MapValue:
                    // A SAM policy template: see the summary.
                    break;
                default:
                    inline.Add(Map(entry.Range, ("PolicyName", Constant($"{source.Address}RolePolicy{inline.Count}", entry.Range)), ("PolicyDocument", entry)));
                    break;
            }
        }

        var attributes = Map(
            at,
            ("AssumeRolePolicyDocument", Optional(properties, "AssumeRolePolicyDocument") ?? TrustPolicy(service, at)),
            ("ManagedPolicyArns", List(policies.IsAbsent ? at : policies.Range, managed)),
            ("Policies", inline.Count == 0 ? null : List(policies.Range, inline)),
            ("PermissionsBoundary", Optional(properties, "PermissionsBoundary")),
            ("Path", Optional(properties, "RolePath")),
            ("Tags", TagList(properties.Get("Tags"), at, samTag)));
        return ServerlessResources.Generate(source, LogicalIdFor(source.Address), "AWS::IAM::Role", attributes, at);
    }

    private static MapValue TrustPolicy(string service, SourceRange at) => Map(
        at,
        ("Version", Constant("2012-10-17", at)),
        ("Statement", List(at, [Map(
            at,
            ("Effect", Constant("Allow", at)),
            ("Action", List(at, [Constant("sts:AssumeRole", at)])),
            ("Principal", Map(at, ("Service", List(at, [Constant(service, at)])))))])));
}
