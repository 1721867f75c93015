using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// Builds <see cref="EbsVolumes"/> from CloudFormation's <c>AWS::EC2::Volume</c> (<c>Encrypted</c>), the
/// <c>BlockDeviceMappings[].Ebs.Encrypted</c> of an <c>AWS::EC2::Instance</c>, and the
/// <c>LaunchTemplateData.BlockDeviceMappings[].Ebs.Encrypted</c> of an <c>AWS::EC2::LaunchTemplate</c>. <c>Encrypted</c>
/// is false when not written (the EC2 API default). An instance without EBS mappings still has a root volume, taken as
/// unencrypted like the Terraform adapter does. CloudFormation has no resource for account-level EBS encryption by
/// default, so <see cref="EbsVolumes.EncryptionByDefault"/> is always empty here.
/// </summary>
public sealed class CloudFormationEbsVolumesAdapter : IModelAdapter<EbsVolumes>
{
    public ImmutableArray<EbsVolumes> Build(AdapterContext context) =>
        [.. context.Resources("AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate")
            .Where(r => r.Format == SourceFormat.CloudFormation)
            .Select(resource => new EbsVolumes { Resource = resource, Devices = [.. Devices(resource)], EncryptionByDefault = [] })];

    private static IEnumerable<EbsDevice> Devices(Resource resource)
    {
        switch (resource.Type)
        {
            case "AWS::EC2::Volume":
                yield return new EbsDevice("volume", Defaults.Or(resource["Encrypted"], resource, false), resource.DeclarationRange);
                break;
            case "AWS::EC2::Instance":
                var devices = Mappings(resource, resource["BlockDeviceMappings"]).ToList();
                if (devices.Count == 0)
                {
                    yield return new EbsDevice("root volume", Defaults.Or(new MissingValue(resource.Range), resource, false), resource.DeclarationRange);
                }

                foreach (var device in devices)
                {
                    yield return device;
                }

                break;
            default:
                foreach (var device in Mappings(resource, resource["LaunchTemplateData"]["BlockDeviceMappings"]))
                {
                    yield return device;
                }

                break;
        }
    }

    /// <summary>The EBS mappings (those with an <c>Ebs</c> object), each located at its <c>Ebs</c> object.</summary>
    private static IEnumerable<EbsDevice> Mappings(Resource resource, Value mappings)
    {
        if (mappings.IsUnknown)
        {
            yield return new EbsDevice("the block devices", mappings, mappings.Range);
            yield break;
        }

        foreach (var mapping in mappings.Elements)
        {
            var ebs = mapping["Ebs"];
            if (ebs.IsAbsent)
            {
                continue;
            }

            var label = mapping["DeviceName"].AsString() is { } name ? $"volume {name}" : "a volume";
            yield return new EbsDevice(label, Defaults.Or(ebs["Encrypted"], resource, false), ebs.Range);
        }
    }
}
