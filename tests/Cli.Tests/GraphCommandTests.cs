using System.Text.Json;

namespace PolicyScan.Cli.Tests;

/// <summary>The documented contract of <c>policyscan graph --format json</c> and its exit codes.</summary>
public sealed class GraphCommandTests
{
    [Test]
    public void Graph_json_has_the_documented_shape()
    {
        var (code, stdout, _) = CliRunner.Run("graph", CliRunner.Fixture("cli", "good"), "--var", "suffix=exports");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "resources", "modules", "diagnostics" }));

        var bucket = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("address").GetString() == "aws_s3_bucket.phi");
        Assert.Multiple(() =>
        {
            Assert.That(bucket.GetProperty("type").GetString(), Is.EqualTo("aws_s3_bucket"));
            Assert.That(bucket.GetProperty("module").GetString(), Is.EqualTo(string.Empty));
            var location = bucket.GetProperty("location");
            Assert.That(location.GetProperty("file").GetString(), Does.EndWith("cli/good/main.tf"));
            Assert.That(location.GetProperty("line").GetInt32(), Is.EqualTo(5));
            Assert.That(location.GetProperty("column").GetInt32(), Is.EqualTo(1));
            Assert.That(location.GetProperty("endLine").GetInt32(), Is.EqualTo(7));
            Assert.That(location.GetProperty("endColumn").GetInt32(), Is.EqualTo(2));
            Assert.That(bucket.GetProperty("attributes").GetProperty("bucket").GetString(), Is.EqualTo("phi-exports"));
        });

        var versioning = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("address").GetString() == "aws_s3_bucket_versioning.phi");
        Assert.Multiple(() =>
        {
            var attributes = versioning.GetProperty("attributes");
            Assert.That(attributes.GetProperty("bucket").GetProperty("$unknown").GetString(), Does.Contain("aws_s3_bucket.phi.id"));
            Assert.That(attributes.GetProperty("versioning_configuration")[0].GetProperty("status").GetString(), Is.EqualTo("Enabled"));
            var reference = versioning.GetProperty("references").EnumerateArray().First();
            Assert.That(reference.GetProperty("attribute").GetString(), Is.EqualTo("bucket"));
            Assert.That(reference.GetProperty("target").GetString(), Is.EqualTo("aws_s3_bucket.phi"));
        });

        var module = root.GetProperty("modules").EnumerateArray().Single();
        Assert.That(module.GetProperty("path").GetString(), Does.EndWith("cli/good"));
        Assert.That(module.TryGetProperty("locals", out _) && module.TryGetProperty("outputs", out _), Is.True);
    }

    [Test]
    public void A_parse_error_is_printed_with_its_location_exits_3_and_keeps_the_rest()
    {
        var (code, stdout, stderr) = CliRunner.Run("graph", CliRunner.Fixture("cli", "broken"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Match(@"cli/broken/main\.tf:6:12: error HCL\d{4}: "));
        using var document = JsonDocument.Parse(stdout);
        var addresses = document.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("address").GetString());
        Assert.That(addresses, Does.Contain("aws_s3_bucket.ok"));
        var diagnostic = document.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.That(diagnostic.GetProperty("line").GetInt32(), Is.EqualTo(6));
        Assert.That(diagnostic.GetProperty("code").GetString(), Does.StartWith("HCL1"));
    }

    [Test]
    public void An_unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("graph", "--no-such-option");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(stderr, Does.Contain("--no-such-option"));
    }

    [Test]
    public void An_unsupported_format_is_a_usage_error()
    {
        var (code, _, _) = CliRunner.Run("graph", CliRunner.Fixture("cli", "good"), "--format", "xml");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
    }

    [Test]
    public void The_help_documents_the_exit_codes()
    {
        var (code, stdout, _) = CliRunner.Run("--help");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout, Does.Contain("3  some input could not be parsed"));
    }
}
