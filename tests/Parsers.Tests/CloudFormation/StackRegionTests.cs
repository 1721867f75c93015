using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>The stack's region (<c>--region</c>) reaches every template resource as its provider's region.</summary>
public sealed class StackRegionTests
{
    private static readonly string ScanRoot = Fixtures.Path("cloudformation", "scan", "good");

    [Test]
    public void The_given_region_is_every_resource_s_provider_region_and_the_graph_s_one_provider()
    {
        var graph = CloudFormationScanner.Scan([ScanRoot], new CloudFormationOptions { DisplayRoot = ScanRoot, Region = "eu-central-1" });

        Assert.Multiple(() =>
        {
            Assert.That(graph.Resources, Is.Not.Empty);
            Assert.That(graph.Resources.Select(r => r.Provider?.Region.AsString()), Has.All.EqualTo("eu-central-1"));
            Assert.That(graph.Providers.Select(p => $"{p.LocalAddress} {p.Region.AsString()} {p.Range.IsNone}"), Is.EqualTo(new[] { "aws eu-central-1 True" }));
        });
    }

    [Test]
    public void Without_a_region_it_is_unknown_with_the_reason()
    {
        var result = TemplateTestHost.Load("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");

        var region = result.Resource("Bucket").Provider?.Region;
        Assert.That(region, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)region!).Reason, Is.EqualTo("the stack's region is chosen at deployment (pass --region to check it)"));
    }

    [Test]
    public void A_scan_without_templates_has_no_provider() =>
        Assert.That(CloudFormationScanner.Scan([Fixtures.Path("cloudformation", "scan", "not-templates")]).Providers, Is.Empty);
}
