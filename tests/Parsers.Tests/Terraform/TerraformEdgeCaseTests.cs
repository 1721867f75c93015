using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Parsers.Tests.Terraform;

/// <summary>Override files, variable files in JSON, and the limits that keep evaluation bounded.</summary>
public sealed class TerraformEdgeCaseTests
{
    private static ResourceGraph Scan(string fixture, TerraformOptions? options = null) =>
        TerraformScanner.Scan([Fixtures.Path("terraform", fixture)], (options ?? new TerraformOptions()) with
        {
            DisplayRoot = Fixtures.Path("terraform"),
            Environment = new Dictionary<string, string>(),
        });

    [Test]
    public void Override_files_merge_into_the_blocks_they_name()
    {
        var graph = Scan("overrides");
        var bucket = graph.Resources.Single();
        Assert.Multiple(() =>
        {
            Assert.That(bucket["bucket"].AsString(), Is.EqualTo("overridden"));
            Assert.That(bucket["acl"].AsString(), Is.EqualTo("private"), "attributes the override does not name are kept");
            Assert.That(bucket["versioning"].AsBlocks().Single()["enabled"].IsTrue, Is.True, "nested blocks are replaced by the override's");
            Assert.That(bucket["bucket"].Range.File?.Path, Is.EqualTo("overrides/main_override.tf"), "the value is located where it is written");
            var locals = graph.Modules.Single().Locals;
            Assert.That(locals["replaced"].AsString(), Is.EqualTo("overridden"));
            Assert.That(locals["kept"].AsString(), Is.EqualTo("kept"));
            Assert.That(graph.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Json_variable_files_are_read()
    {
        var group = Scan("tfvars-json").Resources.Single();
        Assert.Multiple(() =>
        {
            Assert.That(group["retention_in_days"].AsNumber(), Is.EqualTo(2192m));
            Assert.That(group["tags"]["data-classification"].AsString(), Is.EqualTo("phi"));
            Assert.That(((MapValue)group["tags"]).Shape, Is.EqualTo(MappingShape.Map), "map(string) converts the object to a map");
        });
    }

    [Test]
    public void Too_many_instances_are_cut_at_the_limit_with_a_warning()
    {
        var graph = Scan("limits", new TerraformOptions { MaxInstances = 3 });
        Assert.Multiple(() =>
        {
            Assert.That(graph.Resources.Select(r => r.Address), Is.EqualTo(new[] { "aws_s3_bucket.many[0]", "aws_s3_bucket.many[1]", "aws_s3_bucket.many[2]" }));
            var warning = graph.Diagnostics.Single(d => d.Code == "TF5011");
            Assert.That(warning.Range.StartPosition.Line, Is.EqualTo(2));
        });
    }

    [Test]
    public void Module_nesting_beyond_the_limit_is_reported()
    {
        var graph = Scan("deep", new TerraformOptions { MaxModuleDepth = 0 });
        Assert.Multiple(() =>
        {
            Assert.That(graph.Diagnostics.Single(d => d.Code == "TF5008").Message, Does.Contain("deeper than 0 levels"));

            // The module directory is not lost: nobody reached it, so it is scanned on its own, its inputs unknown.
            var alone = graph.Resources.Single();
            Assert.That(alone.Address, Is.EqualTo("aws_s3_bucket.at_depth"));
            Assert.That(alone["bucket"], Is.InstanceOf<UnknownValue>());
        });
        Assert.That(Scan("deep").Resources.Single().Address, Is.EqualTo("module.level1.aws_s3_bucket.at_depth"));
    }

    [Test]
    public void A_missing_path_is_reported_not_ignored()
    {
        var graph = TerraformScanner.Scan([Fixtures.Path("terraform", "no-such-directory")], new TerraformOptions { Environment = new Dictionary<string, string>() });
        Assert.That(graph.Diagnostics.Single().Code, Is.EqualTo("PS0001"));
    }

    [Test]
    public void Output_is_deterministic()
    {
        static string Addresses(ResourceGraph graph) => string.Join("\n", graph.Resources.Select(r => r.Address + " " + ValueDisplay.Format(r.Attributes)));
        var first = Addresses(TerraformScanner.Scan([Fixtures.Path("terraform")], new TerraformOptions { Environment = new Dictionary<string, string>() }));
        var second = Addresses(TerraformScanner.Scan([Fixtures.Path("terraform")], new TerraformOptions { Environment = new Dictionary<string, string>() }));
        Assert.That(second, Is.EqualTo(first));
    }
}
