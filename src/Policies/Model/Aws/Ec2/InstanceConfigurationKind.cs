namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>Whether an <see cref="Ec2InstanceConfiguration"/> is an instance or a template that instances are launched from.</summary>
public enum InstanceConfigurationKind
{
    Instance,
    LaunchTemplate,
}
