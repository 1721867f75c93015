using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Ec2;

/// <summary>
/// Builds <see cref="Ec2InstanceConfiguration"/> from CloudFormation's <c>AWS::EC2::LaunchTemplate</c>
/// (<c>LaunchTemplateData.MetadataOptions</c>, <c>LaunchTemplateData.NetworkInterfaces</c>) and <c>AWS::EC2::Instance</c>
/// (<c>MetadataOptions</c>, <c>NetworkInterfaces</c>). <c>HttpTokens</c> left out is "optional" and <c>HttpEndpoint</c>
/// "enabled" (the EC2 defaults documented on both MetadataOptions types). An instance without its own
/// <c>MetadataOptions</c> that is launched from a template (<c>LaunchTemplate.LaunchTemplateId: !Ref T</c> or a literal
/// <c>LaunchTemplateName</c>) takes the template's options when the template is declared here, unknown otherwise.
/// </summary>
public sealed class CloudFormationEc2InstanceConfigurationAdapter : IModelAdapter<Ec2InstanceConfiguration>
{
    private const string TemplateType = "AWS::EC2::LaunchTemplate";

    public ImmutableArray<Ec2InstanceConfiguration> Build(AdapterContext context)
    {
        var result = ImmutableArray.CreateBuilder<Ec2InstanceConfiguration>();
        var templates = context.Resources(TemplateType).Where(IsCloudFormation).ToList();
        foreach (var template in templates)
        {
            var data = template["LaunchTemplateData"];
            var (tokens, endpoint) = Options(data["MetadataOptions"], template);
            result.Add(new Ec2InstanceConfiguration
            {
                Resource = template,
                Kind = InstanceConfigurationKind.LaunchTemplate,
                HttpTokens = tokens,
                HttpEndpoint = endpoint,
                AssociatePublicIp = PublicIp(data["NetworkInterfaces"]),
            });
        }

        foreach (var instance in context.Resources("AWS::EC2::Instance").Where(IsCloudFormation))
        {
            var options = instance["MetadataOptions"];
            var (tokens, endpoint) = options.IsAbsent ? FromLaunchTemplate(context, instance, templates) : Options(options, instance);
            result.Add(new Ec2InstanceConfiguration
            {
                Resource = instance,
                Kind = InstanceConfigurationKind.Instance,
                HttpTokens = tokens,
                HttpEndpoint = endpoint,
                AssociatePublicIp = PublicIp(instance["NetworkInterfaces"]),
            });
        }

        return result.ToImmutable();
    }

    private static bool IsCloudFormation(Resource resource) => resource.Format == SourceFormat.CloudFormation;

    /// <summary>The written options, or the EC2 defaults located at <paramref name="resource"/>'s logical id.</summary>
    private static (Value Tokens, Value Endpoint) Options(Value options, Resource resource) =>
        (Defaults.Or(options["HttpTokens"], resource, "optional"), Defaults.Or(options["HttpEndpoint"], resource, "enabled"));

    /// <summary>Each network interface's written <c>AssociatePublicIpAddress</c> (the list itself when it is unknown).</summary>
    private static ImmutableArray<Value> PublicIp(Value interfaces) =>
        interfaces.IsUnknown ? [interfaces] : [.. interfaces.Elements.Select(n => n["AssociatePublicIpAddress"]).Where(v => !v.IsAbsent)];

    private static (Value Tokens, Value Endpoint) FromLaunchTemplate(AdapterContext context, Resource instance, List<Resource> templates)
    {
        var reference = instance["LaunchTemplate"];
        if (reference.IsAbsent)
        {
            return Options(new MissingValue(instance.Range), instance);
        }

        var byName = reference["LaunchTemplateName"].AsString();
        var template = context.Links.Targets(instance, reference["LaunchTemplateId"], TemplateType)
            .Concat(context.Links.Targets(instance, reference["LaunchTemplateName"], TemplateType))
            .Concat(templates.Where(t => byName is not null && t.Root == instance.Root && t["LaunchTemplateName"].AsString() == byName))
            .FirstOrDefault();
        if (template is not null)
        {
            // The template's values, but a default is located at the instance: that is where the fix goes too.
            return Options(template["LaunchTemplateData"]["MetadataOptions"], instance);
        }

        // A template not declared here decides; what it says cannot be seen.
        var named = new[] { reference["LaunchTemplateId"], reference["LaunchTemplateName"], reference }.First(v => !v.IsAbsent);
        var unknown = new UnknownValue("the metadata options come from a launch template not declared in this template", named.Range);
        return (unknown, unknown);
    }
}
