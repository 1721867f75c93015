namespace PolicyScan.Policies.Model.Aws.Governance;

/// <summary>Where a resource's region comes from.</summary>
public enum RegionSource
{
    /// <summary>The resource's own <c>region</c> argument (AWS provider v6 per-resource region).</summary>
    Resource,

    /// <summary>The <c>region</c> of the provider configuration the resource uses.</summary>
    Provider,

    /// <summary>Neither sets it: the provider reads it from the environment or the shared config file at run time.</summary>
    Environment,

    /// <summary>The region of the CloudFormation stack the template is deployed as: the scan's <c>--region</c>, else unknown.</summary>
    Stack,
}
