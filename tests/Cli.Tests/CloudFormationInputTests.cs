using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary>The commands read CloudFormation templates beside Terraform, and report broken templates with their location.</summary>
public sealed class CloudFormationInputTests
{
    [Test]
    public void Graph_reads_templates_as_cloudformation_resources()
    {
        var (code, stdout, _) = CliRunner.Run("graph", CliRunner.Fixture("cloudformation", "scan", "good"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        using var document = JsonDocument.Parse(stdout);
        var bucket = document.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("address").GetString() == "PhiBucket");
        Assert.Multiple(() =>
        {
            Assert.That(bucket.GetProperty("type").GetString(), Is.EqualTo("AWS::S3::Bucket"));
            Assert.That(bucket.GetProperty("format").GetString(), Is.EqualTo("cloudformation"));
            Assert.That(bucket.GetProperty("location").GetProperty("file").GetString(), Does.EndWith("scan/good/bucket.yaml"));
            Assert.That(bucket.GetProperty("location").GetProperty("line").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public void A_broken_template_is_reported_with_its_location_and_exits_3()
    {
        var (code, _, stderr) = CliRunner.Run("scan", CliRunner.Fixture("cloudformation", "scan", "broken"), "--fail-on", "critical");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Match(@"broken/malformed\.yaml:\d+:\d+: error CFN\d{4}: "));
        Assert.That(stderr, Does.Match(@"broken/malformed\.json:\d+:\d+: error JSON\d{4}: "));
    }

    [Test]
    public void Files_that_are_not_templates_are_skipped_quietly()
    {
        var (code, stdout, stderr) = CliRunner.Run("graph", CliRunner.Fixture("cloudformation", "scan", "not-templates"));
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stderr, Is.Empty);
        using var document = JsonDocument.Parse(stdout);
        Assert.That(document.RootElement.GetProperty("resources").GetArrayLength(), Is.Zero);
    }
}
