using PolicyScan.Parsers.CloudFormation;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>The scanner: which files it reads, what it skips quietly, and that one broken file costs no other.</summary>
public sealed class CloudFormationScannerTests
{
    private static readonly string ScanRoot = Fixtures.Path("cloudformation", "scan");

    private static PolicyScan.Parsers.Graph.ResourceGraph Scan(string relative) =>
        CloudFormationScanner.Scan([Path.Combine(ScanRoot, relative)], new CloudFormationOptions { DisplayRoot = ScanRoot });

    [Test]
    public void Templates_in_yaml_json_and_template_files_are_read_and_dependencies_skipped()
    {
        var graph = Scan(".");
        Assert.That(graph.Resources.Where(r => r.Root.StartsWith("good/", StringComparison.Ordinal)).Select(r => $"{r.Root} {r.Address}"), Is.EqualTo(new[]
        {
            "good/bucket.yaml PhiBucket",
            "good/queue.json Queue",
            "good/stack.template Topic",
        }));
        Assert.That(graph.Resources.Select(r => r.Address), Has.No.Member("Ignored"));
    }

    [Test]
    public void Other_yaml_and_json_is_skipped_quietly()
    {
        var graph = Scan("not-templates");
        Assert.That(graph.Resources, Is.Empty);
        Assert.That(graph.Diagnostics, Is.Empty);
        Assert.That(graph.Files, Is.Empty);
    }

    [Test]
    public void Each_broken_file_gives_a_located_diagnostic_and_the_other_files_are_still_scanned()
    {
        var graph = Scan(".");
        Assert.That(graph.Diagnostics.Select(d => $"{d.Range.File?.Path}:{d.Range.StartPosition} {d.Code}"), Is.EqualTo(new[]
        {
            "broken/circular-condition.yaml:2:3 CFN6005",
            "broken/malformed.json:5:5 JSON1005",
            "broken/malformed.yaml:6:1 CFN6001",
            "broken/ref-to-nothing.yaml:5:20 CFN6004",
            "broken/unknown-tag.yaml:5:19 CFN6002",
        }));
        Assert.That(graph.Resources.Select(r => $"{r.Root} {r.Address}"), Is.SupersetOf(new[]
        {
            "broken/circular-condition.yaml Bucket",
            "broken/malformed.json Bucket",
            "broken/ref-to-nothing.yaml Policy",
            "broken/unknown-tag.yaml Bucket",
            "good/bucket.yaml PhiBucket",
        }));
    }

    [Test]
    public void The_output_is_the_same_on_every_run()
    {
        var first = Scan(".");
        var second = Scan(".");
        Assert.That(second.Resources.Select(r => r.Root + r.Address), Is.EqualTo(first.Resources.Select(r => r.Root + r.Address)));
        Assert.That(second.Diagnostics.Select(d => d.ToString()), Is.EqualTo(first.Diagnostics.Select(d => d.ToString())));
    }

    [Test]
    public void A_named_file_is_read_and_a_missing_path_reported()
    {
        var graph = CloudFormationScanner.Scan([Path.Combine(ScanRoot, "good", "bucket.yaml"), Path.Combine(ScanRoot, "absent")], new CloudFormationOptions { DisplayRoot = ScanRoot });
        Assert.That(graph.Resources.Select(r => r.Address), Is.EqualTo(new[] { "PhiBucket" }));
        Assert.That(graph.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "PS0001" }));
    }
}
