using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Engine;

/// <summary>
/// Records the results of one policy on one resource. Locations come from the values: the offending attribute, or
/// the resource's header when the attribute is missing or defaulted. Unknown values are reported as unknown, never
/// as failures.
/// </summary>
public sealed class PolicyCheck(PolicyContext context, PolicyMetadata policy, Resource resource)
{
    private int reported;

    public Resource Resource { get; } = resource;

    public PolicySettings Settings => context.Settings;

    /// <summary>
    /// The name a message gives an attribute, block or resource type, spelt as the resource's own format writes it:
    /// a CloudFormation user reads <c>KmsKeyArn</c> and <c>AWS::S3::BucketPolicy</c>, a Terraform user
    /// <c>kms_key_arn</c> and <c>aws_s3_bucket_policy</c>. Other formats (ARM) have policies of their own.
    /// </summary>
    public string Name(string terraform, string cloudFormation) => NameFor(Resource, terraform, cloudFormation);

    /// <summary><see cref="Name(string, string)"/> for messages built outside a check, from the resource they name.</summary>
    public static string NameFor(Resource resource, string terraform, string cloudFormation) =>
        resource.Format == SourceFormat.CloudFormation ? cloudFormation : terraform;

    public void Fail(Value value, string message) => Record(ResultStatus.Failed, LocationOf(value), message);

    public void Fail(SourceRange location, string message) => Record(ResultStatus.Failed, location.IsNone ? Resource.DeclarationRange : location, message);

    public void Unknown(Value value, string message) => Record(ResultStatus.Unknown, LocationOf(value), message);

    public void Pass(Value value, string message) => Record(ResultStatus.Passed, LocationOf(value), message);

    public void NotApplicable(string reason) => Record(ResultStatus.NotApplicable, Resource.DeclarationRange, reason);

    /// <summary>
    /// The common shape of a check on one value: unknown when the value is, passed when <paramref name="complies"/>
    /// holds, failed otherwise.
    /// </summary>
    public void Require(Value value, Func<Value, bool> complies, string failure, string? unknown = null)
    {
        if (value.IsUnknown)
        {
            Unknown(value, unknown ?? $"{failure} cannot be ruled out: {((UnknownValue)value).Reason}");
        }
        else if (!complies(value))
        {
            Fail(value, failure);
        }
    }

    /// <summary>Where a finding on <paramref name="value"/> points.</summary>
    public SourceRange LocationOf(Value value)
    {
        // Defaulted values are located by their adapter at the header of the resource that leaves them out, which
        // may be a linked resource (a public access block) rather than the one checked.
        if (value.Range.IsNone)
        {
            return Resource.DeclarationRange;
        }

        // A missing attribute is located at the deepest block found; for the resource itself that is its header.
        if (value is MissingValue && value.Range == Resource.Range)
        {
            return Resource.DeclarationRange;
        }

        return value.Range;
    }

    /// <summary>Called once the policy has checked the resource: no failure and no unknown means it passed.</summary>
    public void Complete()
    {
        if (reported == 0)
        {
            Record(ResultStatus.Passed, Resource.DeclarationRange, $"{Describe(Resource)} complies");
        }
    }

    /// <summary>How messages name a resource: its type and address.</summary>
    public static string Describe(Resource resource) => $"{resource.Type} \"{resource.Address}\"";

    private void Record(ResultStatus status, SourceRange location, string message)
    {
        reported++;
        context.Add(new Finding { Policy = policy, Resource = Resource, Status = status, Location = location, Message = message });
    }
}
