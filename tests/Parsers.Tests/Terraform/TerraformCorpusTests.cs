using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Parsers.Tests.Terraform;

/// <summary>
/// The real module repositories in the shared corpus: every file parses, every repository evaluates without an
/// error, and a few values checked by hand against the sources come out as Terraform would compute them.
/// </summary>
public sealed class TerraformCorpusTests
{
    private static readonly Lazy<ResourceGraph> Graph = new(() =>
        TerraformScanner.Scan([SharedCorpus.Corpus("tf-modules")], new TerraformOptions
        {
            DisplayRoot = SharedCorpus.Corpus("tf-modules"),
            Environment = new Dictionary<string, string>(),
        }));

    private static ResourceGraph Corpus
    {
        get
        {
            _ = SharedCorpus.Root;
            return Graph.Value;
        }
    }

    [Test]
    public void Every_repository_evaluates_with_no_error()
    {
        var errors = Corpus.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Every_repository_contributes_resources()
    {
        var repositories = Directory.GetDirectories(SharedCorpus.Corpus("tf-modules")).Select(Path.GetFileName).ToList();
        var withResources = Corpus.Resources.Select(r => r.Range.File!.Path.Split('/')[0]).Distinct().ToList();
        Assert.That(withResources, Is.SupersetOf(repositories));
    }

    [Test]
    public void The_s3_example_links_its_encryption_configuration_to_the_bucket_and_key()
    {
        var encryption = Corpus.Resources.First(r =>
            r.Address == "module.s3_bucket.aws_s3_bucket_server_side_encryption_configuration.this[0]"
            && r.References.Any(x => x.Target.Address == "aws_kms_key.objects"));
        var rule = encryption["rule"].At(0)["apply_server_side_encryption_by_default"].At(0);
        Assert.Multiple(() =>
        {
            Assert.That(rule["sse_algorithm"].AsString(), Is.EqualTo("aws:kms"));
            Assert.That(rule["kms_master_key_id"], Is.InstanceOf<UnknownValue>());
            Assert.That(((UnknownValue)encryption["bucket"]).References.Single(), Is.EqualTo(new ReferenceTarget("module.s3_bucket.aws_s3_bucket.this[0]", "id")));
            Assert.That(encryption.Range.File!.Path, Is.EqualTo("terraform-aws-s3-bucket/main.tf"));
        });
    }

    [Test]
    public void The_vpc_examples_compute_subnets_from_literals_and_keep_data_sources_unknown()
    {
        // examples/issues: module "vpc_issue_44" has private_subnets = ["10.0.1.0/24"].
        var literal = Corpus.Resources.Single(r => r.Address == "module.vpc_issue_44.aws_subnet.private[0]");
        Assert.That(literal.Root, Is.EqualTo("terraform-aws-vpc/examples/issues"));

        // examples/simple: azs = slice(data.aws_availability_zones.available.names, 0, 3) is unknown, so the subnets
        // that for_each over it are one representative instance with an unknown CIDR, not a guess.
        var representative = Corpus.Resources.First(r => r.Root == "terraform-aws-vpc/examples/simple" && r.Address == "module.vpc.aws_subnet.private"
            && r["cidr_block"] is UnknownValue unknown && unknown.Reason.Contains("aws_availability_zones", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(literal["cidr_block"].AsString(), Is.EqualTo("10.0.1.0/24"));
            Assert.That(representative.Range.File!.Path, Is.EqualTo("terraform-aws-vpc/main.tf"));
        });
    }
}
