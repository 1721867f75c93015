using PolicyScan.Policies.Aws.Governance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests.Governance;

/// <summary>PS-AWS-GOV-002 with allowed regions configured, over tests/fixtures/governance/regions*.</summary>
public sealed class ResourceRegionNotAllowedPolicyTests
{
    private static readonly PolicySettings Configured = new() { AllowedRegions = ["eu-central-1", "eu-west-1"] };

    [Test]
    public void Provider_regions_resource_regions_modules_and_unknowns_give_exactly_these_results()
    {
        var results = GovernanceScan.Run("regions", new ResourceRegionNotAllowedPolicy(), Configured);

        Assert.That(results, Is.EqualTo(new[]
        {
            // Both the root resource and the module resource that inherits the default provider fail at its region.
            "Failed main.tf:6:12-6:23 aws_s3_bucket \"aws_s3_bucket.default\" is deployed to us-east-1 (set by provider \"aws\"), outside the allowed regions (eu-central-1, eu-west-1)",
            "Failed main.tf:6:12-6:23 aws_sns_topic \"module.inherits.aws_sns_topic.events\" is deployed to us-east-1 (set by provider \"aws\"), outside the allowed regions (eu-central-1, eu-west-1)",
            "Unknown main.tf:16:12-16:22 aws_sqs_queue \"aws_sqs_queue.unset\" has no known region: variable \"region\" has no value",
            "Passed main.tf:27:1-27:30 aws_s3_bucket \"aws_s3_bucket.eu\" complies",
            // The per-resource region (provider v6) wins over the allowed provider region.
            "Failed main.tf:34:14-34:25 aws_s3_bucket \"aws_s3_bucket.own_region\" is deployed to us-west-2 (set by its region argument), outside the allowed regions (eu-central-1, eu-west-1)",
            "Unknown main.tf:43:1-43:39 aws_sqs_queue \"aws_sqs_queue.environment\" has no known region: provider \"aws.environment\" does not set region, so it comes from the environment (AWS_REGION, AWS_DEFAULT_REGION or the shared config file)",
            "NotApplicable main.tf:48:1-48:33 IAM is a global service: its resources have no region",
            "Passed modules/app/main.tf:1:1-1:34 aws_sns_topic \"module.eu.aws_sns_topic.events\" complies",
        }));
    }

    [Test]
    public void Without_a_provider_configuration_the_region_comes_from_the_environment()
    {
        var results = GovernanceScan.Run("regions-no-provider", new ResourceRegionNotAllowedPolicy(), Configured);

        Assert.That(results, Is.EqualTo(new[]
        {
            "Unknown main.tf:1:1-1:36 aws_s3_bucket \"aws_s3_bucket.anywhere\" has no known region: no provider \"aws\" configuration is declared, so it comes from the environment (AWS_REGION, AWS_DEFAULT_REGION or the shared config file)",
        }));
    }

    [Test]
    public void Without_allowed_regions_every_resource_is_not_applicable_and_nothing_fails()
    {
        var results = GovernanceScan.Run("regions", new ResourceRegionNotAllowedPolicy(), PolicySettings.Default);

        Assert.That(results, Has.Count.EqualTo(8));
        Assert.That(results, Has.All.StartWith("NotApplicable ").And.All.EndWith(" no allowed regions are configured (the allowed-regions setting is empty)"));
    }

    [Test]
    public void Allowed_regions_match_regardless_of_case()
    {
        var results = GovernanceScan.Run("regions", new ResourceRegionNotAllowedPolicy(), new PolicySettings { AllowedRegions = ["US-EAST-1", "EU-CENTRAL-1", "US-WEST-2"] });

        Assert.That(results.Where(r => r.StartsWith("Failed ", StringComparison.Ordinal)), Is.Empty);
    }
}
