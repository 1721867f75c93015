using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// Builds <see cref="Ec2InstanceConfiguration"/> from <c>aws_instance</c> and <c>aws_launch_template</c>. An instance
/// without its own <c>metadata_options</c> that is launched from a template takes the template's options: from the
/// template resource when it is declared here, unknown otherwise.
/// </summary>
public sealed class TerraformEc2InstanceConfigurationAdapter : IModelAdapter<Ec2InstanceConfiguration>
{
    public ImmutableArray<Ec2InstanceConfiguration> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<Ec2InstanceConfiguration>();
        foreach (var template in context.Resources("aws_launch_template").Where(IsTerraform))
        {
            var options = template["metadata_options"].AsBlocks().FirstOrDefault();
            result.Add(new Ec2InstanceConfiguration
            {
                Resource = template,
                Kind = InstanceConfigurationKind.LaunchTemplate,
                HttpTokens = Defaults.Or(options?["http_tokens"] ?? new MissingValue(template.Range), template, "optional"),
                HttpEndpoint = Defaults.Or(options?["http_endpoint"] ?? new MissingValue(template.Range), template, "enabled"),
                AssociatePublicIp = [.. template["network_interfaces"].AsBlocks().Select(n => n["associate_public_ip_address"]).Where(v => !v.IsAbsent)],
            });
        }

        foreach (var instance in context.Resources("aws_instance").Where(IsTerraform))
        {
            var options = instance["metadata_options"].AsBlocks().FirstOrDefault();
            var (tokens, endpoint) = options is not null
                ? (Defaults.Or(options["http_tokens"], instance, "optional"), Defaults.Or(options["http_endpoint"], instance, "enabled"))
                : FromLaunchTemplate(context, instance);
            var publicIp = instance["associate_public_ip_address"];
            result.Add(new Ec2InstanceConfiguration
            {
                Resource = instance,
                Kind = InstanceConfigurationKind.Instance,
                HttpTokens = tokens,
                HttpEndpoint = endpoint,
                AssociatePublicIp = publicIp.IsAbsent ? [] : [publicIp],
            });
        }

        return result.ToImmutable();
    }

    private static bool IsTerraform(Resource resource) => resource.Format is SourceFormat.Terraform or SourceFormat.TerraformPlan;

    /// <summary>The metadata options an instance without its own gets: its launch template's, or the API default.</summary>
    private static (Value Tokens, Value Endpoint) FromLaunchTemplate(AdapterContext context, Resource instance)
    {
        var reference = instance["launch_template"].AsBlocks().FirstOrDefault();
        if (reference is null)
        {
            return (Defaults.Or(new MissingValue(instance.Range), instance, "optional"), Defaults.Or(new MissingValue(instance.Range), instance, "enabled"));
        }

        var template = new[] { "id", "name" }
            .SelectMany(key => context.Links.Targets(instance, reference[key], "aws_launch_template"))
            .FirstOrDefault();
        var options = template?["metadata_options"].AsBlocks().FirstOrDefault();
        if (template is not null)
        {
            return options is null
                ? (Defaults.Or(new MissingValue(instance.Range), instance, "optional"), Defaults.Or(new MissingValue(instance.Range), instance, "enabled"))
                : (Defaults.Or(options["http_tokens"], instance, "optional"), Defaults.Or(options["http_endpoint"], instance, "enabled"));
        }

        // A template not declared here decides; what it says cannot be seen.
        var unknown = new UnknownValue("the metadata options come from a launch template not declared in this configuration", reference.Range);
        return (unknown, unknown);
    }
}
