using System.Text.RegularExpressions;
using PolicyScan.Policies.Documentation;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests;

/// <summary>Every built-in policy has complete, well-formed metadata, a current doc page and fixtures for each format.</summary>
public sealed partial class PolicyMetadataTests
{
    private static readonly string[] KnownTools = ["checkov", "tfsec", "trivy", "kics"];

    private static IEnumerable<PolicyMetadata> All => PolicyCatalog.BuiltInPolicies.Select(p => p.Metadata);

    public static IEnumerable<TestCaseData> Policies() => All.Select(p => new TestCaseData(p.Id));

    [Test]
    public void Ids_and_names_are_unique()
    {
        Assert.That(All.Select(p => p.Id), Is.Unique);
        Assert.That(All.Select(p => p.Name), Is.Unique);
        Assert.That(All.Count(), Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(Policies))]
    public void Metadata_is_complete_and_well_formed(string id)
    {
        var policy = PolicyCatalog.Find(id)!.Metadata;
        Assert.Multiple(() =>
        {
            Assert.That(policy.Id, Does.Match(IdPattern()));
            Assert.That(policy.Name, Does.Match(NamePattern()));
            Assert.That(policy.Title, Is.Not.Empty);
            Assert.That(policy.Title, Does.Not.EndWith("."));
            Assert.That(policy.Description.Length, Is.GreaterThan(40));
            Assert.That(policy.Rationale.Length, Is.GreaterThan(40));
            Assert.That(policy.Remediation.Length, Is.GreaterThan(20));
            Assert.That(policy.FixedExamples, Is.Not.Empty);
            Assert.That(policy.FixedExamples.Values, Has.All.Not.Empty);
            Assert.That(policy.ResourceTypes, Is.Not.Empty);
            Assert.That(policy.Compliance, Is.Not.Empty);
            Assert.That(policy.Compliance.Any(c => c.StartsWith("hipaa:", StringComparison.Ordinal)), Is.True, "every built-in policy cites HIPAA");
            Assert.That(policy.Related, Is.Unique);
            Assert.That(policy.Related.Select(r => r.Split(':')[0]), Has.All.AnyOf(KnownTools));
            Assert.That(policy.HelpUri, Does.EndWith($"/docs/policies/{policy.Id}.md"));
        });
    }

    [TestCaseSource(nameof(Policies))]
    public void Compliance_references_resolve_in_the_shared_catalogue(string id)
    {
        var catalogue = ComplianceCatalogue.Load(Path.Combine(TestPaths.Shared, "compliance", "frameworks.yaml"));
        var policy = PolicyCatalog.Find(id)!.Metadata;
        var unresolved = policy.Compliance.Where(reference => !catalogue.Resolves(reference)).ToList();
        Assert.That(unresolved, Is.Empty, "references not in frameworks.yaml controls (or only under unverified, or organisational)");
    }

    [TestCaseSource(nameof(Policies))]
    public void Documentation_page_is_current(string id)
    {
        var policy = PolicyCatalog.Find(id)!.Metadata;
        var path = Path.Combine(TestPaths.Repository, "docs", "policies", policy.Id + ".md");
        var rendered = PolicyDocumentation.Render(policy);
        if (Environment.GetEnvironmentVariable("POLICYSCAN_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rendered);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with POLICYSCAN_UPDATE_DOCS=1 and review the diff");
        Assert.That(File.ReadAllText(path), Is.EqualTo(rendered), "the page is out of date; regenerate with POLICYSCAN_UPDATE_DOCS=1");
    }

    [Test]
    public void Catalogue_page_is_current()
    {
        var path = Path.Combine(TestPaths.Repository, "docs", "policies", "README.md");
        var rendered = PolicyDocumentation.RenderIndex(All);
        if (Environment.GetEnvironmentVariable("POLICYSCAN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path) : string.Empty, Is.EqualTo(rendered), "docs/policies/README.md is out of date; regenerate with POLICYSCAN_UPDATE_DOCS=1");
    }

    [TestCaseSource(nameof(Policies))]
    public void Fixtures_exist_for_every_supported_format(string id)
    {
        var policy = PolicyCatalog.Find(id)!.Metadata;
        foreach (var format in policy.Formats)
        {
            foreach (var kind in new[] { "fail", "pass" })
            {
                var folder = TestPaths.Fixtures("policies", id, FixtureScanner.FolderOf(format), kind);
                Assert.That(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(), Is.True, $"missing fixtures: {folder}");
            }
        }
    }

    [Test]
    public void Fixture_folders_belong_to_existing_policies()
    {
        var folders = Directory.GetDirectories(TestPaths.Fixtures("policies")).Select(Path.GetFileName);
        Assert.That(folders, Is.SubsetOf(All.Select(p => p.Id)), "a fixture folder whose policy does not exist is a misnamed folder");
    }

    [GeneratedRegex("^PS-(AWS|AZ|GEN)-[A-Z0-9]+-[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
