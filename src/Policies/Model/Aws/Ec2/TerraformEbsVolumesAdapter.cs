using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// Builds <see cref="EbsVolumes"/>. <c>encrypted</c> defaults to false everywhere (the provider's default for volumes
/// and instance block devices; a template mapping that leaves it out does not ask for encryption). An instance
/// without a <c>root_block_device</c> block still has a root volume, created with the default.
/// </summary>
public sealed class TerraformEbsVolumesAdapter : IModelAdapter<EbsVolumes>
{
    public ImmutableArray<EbsVolumes> Build(AdapterContext context)
    {
        var defaults = context.Resources("aws_ebs_encryption_by_default")
            .Select(r => (r.Root, r.Format, Enabled: Defaults.Or(r["enabled"], r, true)))
            .ToList();
        var result = ImmutableArray.CreateBuilder<EbsVolumes>();
        foreach (var resource in context.Resources("aws_ebs_volume", "aws_instance", "aws_launch_template")
                     .Where(r => r.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan))
        {
            result.Add(new EbsVolumes
            {
                Resource = resource,
                Devices = [.. Devices(resource)],
                EncryptionByDefault = [.. defaults.Where(d => d.Root == resource.Root && d.Format == resource.Format).Select(d => d.Enabled)],
            });
        }

        return result.ToImmutable();
    }

    private static IEnumerable<EbsDevice> Devices(Resource resource)
    {
        switch (resource.Type)
        {
            case "aws_ebs_volume":
                yield return new EbsDevice("volume", Defaults.Or(resource["encrypted"], resource, false), resource.DeclarationRange);
                break;
            case "aws_instance":
                var roots = resource["root_block_device"].AsBlocks();
                if (roots.IsEmpty)
                {
                    yield return new EbsDevice("root volume", Defaults.Or(new MissingValue(resource.Range), resource, false), resource.DeclarationRange);
                }

                foreach (var root in roots)
                {
                    yield return new EbsDevice("root volume", Defaults.Or(root["encrypted"], resource, false), root.Range);
                }

                foreach (var device in resource["ebs_block_device"].AsBlocks())
                {
                    yield return new EbsDevice(DeviceLabel(device["device_name"]), Defaults.Or(device["encrypted"], resource, false), device.Range);
                }

                break;
            case "aws_launch_template":
                foreach (var mapping in resource["block_device_mappings"].AsBlocks())
                {
                    foreach (var ebs in mapping["ebs"].AsBlocks())
                    {
                        yield return new EbsDevice(DeviceLabel(mapping["device_name"]), Defaults.Or(ebs["encrypted"], resource, false), ebs.Range);
                    }
                }

                break;
        }
    }

    private static string DeviceLabel(Value deviceName) => deviceName.AsString() is { } name ? $"volume {name}" : "a volume";
}
