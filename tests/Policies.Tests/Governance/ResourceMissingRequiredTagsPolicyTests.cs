using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Aws.Governance;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Governance;

namespace PolicyScan.Policies.Tests.Governance;

/// <summary>PS-AWS-GOV-001 with required tags configured, over tests/fixtures/governance/tags.</summary>
public sealed class ResourceMissingRequiredTagsPolicyTests
{
    private static readonly PolicySettings Configured = new() { RequiredTags = ["Owner", "DataClassification"] };

    [Test]
    public void Provider_default_tags_aliased_providers_modules_and_unknowns_give_exactly_these_results()
    {
        var results = GovernanceScan.Run("tags", new ResourceMissingRequiredTagsPolicy(), Configured);

        Assert.That(results, Is.EqualTo(new[]
        {
            // Owner comes from the default provider's default_tags; nothing gives DataClassification: at the header.
            "Failed main.tf:31:1-31:41 aws_s3_bucket \"aws_s3_bucket.defaults_only\" is missing required tag \"DataClassification\"",
            "Passed main.tf:35:1-35:34 aws_s3_bucket \"aws_s3_bucket.merged\" complies",
            // The aliased provider has no default tags.
            "Failed main.tf:42:1-42:32 aws_sqs_queue \"aws_sqs_queue.bare\" is missing required tags \"Owner\", \"DataClassification\"",
            // Owner is covered by the default tags, DataClassification depends on the unset variable: at the tags.
            "Unknown main.tf:49:10-49:18 aws_sns_topic \"aws_sns_topic.unknown_tags\" may be missing required tag \"DataClassification\": variable \"tags\" has no value",
            // A tag whose value is unknown is present.
            "Passed main.tf:52:1-52:41 aws_sns_topic \"aws_sns_topic.unknown_value\" complies",
            // Unknown provider default tags leave a tag the resource does not write unknown, not failed.
            "Unknown main.tf:61:10-63:4 aws_kms_key \"aws_kms_key.unknown_defaults\" may be missing required tag \"DataClassification\": variable \"default_tags\" has no value",
            "Passed main.tf:66:1-66:50 aws_kms_key \"aws_kms_key.unknown_defaults_covered\" complies",
            // The module inherits the default provider (and its Owner), or is given the bare one.
            "Passed modules/app/main.tf:1:1-1:41 aws_lambda_function \"module.inherits.aws_lambda_function.handler\" complies",
            "Failed modules/app/main.tf:4:10-6:4 aws_lambda_function \"module.bare.aws_lambda_function.handler\" is missing required tag \"Owner\"",
        }));
    }

    [Test]
    public void Without_required_tags_every_taggable_resource_is_not_applicable_and_nothing_fails()
    {
        var results = GovernanceScan.Run("tags", new ResourceMissingRequiredTagsPolicy(), PolicySettings.Default);

        Assert.That(results, Has.Count.EqualTo(9), "one result per taggable resource; the policy attachment is not taggable");
        Assert.That(results, Has.All.StartWith("NotApplicable ").And.All.EndWith(" no required tags are configured (the required-tags setting is empty)"));
    }

    [Test]
    public void The_known_part_of_a_partly_unknown_tag_map_counts()
    {
        var range = new SourceRange(new SourceFile("main.tf", "resource"), default);
        var partial = new MapValue([new("Owner", new StringValue("records-team", range))], range);
        var resource = new TaggableResource
        {
            Resource = new Resource
            {
                Address = "aws_s3_bucket.b", Type = "aws_s3_bucket", Name = "b", Format = SourceFormat.Terraform,
                Range = range, DeclarationRange = range, Attributes = MapValue.Empty,
            },
            Tags = new UnknownValue("variable \"tags\" has no value", range) { Partial = partial },
            TagsAll = new MissingValue(SourceRange.None),
            DefaultTags = new MissingValue(SourceRange.None),
        };

        Assert.Multiple(() =>
        {
            Assert.That(resource.Lookup("Owner", out var none), Is.EqualTo(TagPresence.Present));
            Assert.That(none, Is.Null);
            Assert.That(resource.Lookup("DataClassification", out var unknown), Is.EqualTo(TagPresence.Unknown));
            Assert.That(unknown, Is.SameAs(resource.Tags));
            Assert.That(resource.Lookup("owner", out _), Is.EqualTo(TagPresence.Unknown), "tag keys are case-sensitive");
        });
    }
}
