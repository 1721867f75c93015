using System.Text.Json;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests.Governance;

/// <summary>The settings.json a fixture folder may hold for configurable policies.</summary>
public sealed class FixtureSettingsTests
{
    [Test]
    public void A_folder_without_settings_runs_with_the_defaults() =>
        Assert.That(FixtureSettings.Load(TestPaths.Fixtures("governance", "tags")), Is.SameAs(PolicySettings.Default));

    [Test]
    public void Settings_json_is_read_into_the_policy_settings()
    {
        var settings = FixtureSettings.Load(TestPaths.Fixtures("governance", "settings"));

        Assert.Multiple(() =>
        {
            Assert.That(settings.RequiredTags, Is.EqualTo(new[] { "Owner" }));
            Assert.That(settings.AllowedRegions, Is.EqualTo(new[] { "eu-central-1" }));
            Assert.That(settings.MinimumLogRetentionDays, Is.EqualTo(PolicySettings.Default.MinimumLogRetentionDays));
        });
    }

    [Test]
    public void The_region_is_the_cloudformation_stack_s_and_absent_unless_given() =>
        Assert.Multiple(() =>
        {
            Assert.That(FixtureSettings.RegionOf(TestPaths.Fixtures("policies", "PS-AWS-GOV-002", "cloudformation", "fail")), Is.EqualTo("us-east-1"));
            Assert.That(FixtureSettings.RegionOf(TestPaths.Fixtures("governance", "settings")), Is.Null);
            Assert.That(FixtureSettings.RegionOf(TestPaths.Fixtures("governance", "tags")), Is.Null);
        });

    [Test]
    public void A_misspelt_setting_is_an_error_rather_than_a_policy_left_off() =>
        Assert.That(() => FixtureSettings.Load(TestPaths.Fixtures("governance", "settings-misspelt")), Throws.InstanceOf<JsonException>());
}
