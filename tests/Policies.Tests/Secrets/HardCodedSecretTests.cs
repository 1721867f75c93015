using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model;
using PolicyScan.Policies.Model.Aws.Secrets;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests.Secrets;

/// <summary>
/// What the fixture comparison does not show: hard-coded secrets are never repeated in messages, messages say where
/// a literal that flowed in from elsewhere is written, and provider blocks get a resource of their own.
/// </summary>
public sealed class HardCodedSecretTests
{
    private static readonly string[] Secrets =
    [
        "Literal-Passw0rd", "Heredoc-Passw0rd", "Default-Passw0rd", "Local-Passw0rd", "Literal-Token-0123456789", "Module-Passw0rd",
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ];

    [TestCase("PS-AWS-SECRETS-001")]
    [TestCase("PS-AWS-SECRETS-002")]
    public void Messages_never_contain_the_secret(string policyId)
    {
        var result = Run(policyId);
        Assert.That(result.Findings.Where(f => f.Status == ResultStatus.Failed), Is.Not.Empty);
        foreach (var finding in result.Findings)
        {
            Assert.That(Secrets.Where(s => finding.Message.Contains(s, StringComparison.Ordinal)), Is.Empty, finding.Message);
        }
    }

    [Test]
    public void A_literal_from_a_variable_default_is_located_in_the_message()
    {
        var result = Run("PS-AWS-SECRETS-001");
        var message = result.Findings.Single(f => f.Resource.Address == "aws_redshift_cluster.default" && f.Status == ResultStatus.Failed).Message;
        Assert.That(message, Is.EqualTo("Redshift cluster \"aws_redshift_cluster.default\" has its master_password hard-coded (the literal is at main.tf:4)"));
    }

    [Test]
    public void A_literal_passed_to_a_module_is_traced_to_the_module_block()
    {
        var result = Run("PS-AWS-SECRETS-001");
        var message = result.Findings.Single(f => f.Resource.Address == "module.db.aws_db_instance.this" && f.Status == ResultStatus.Failed).Message;
        Assert.That(message, Does.EndWith("(the literal is at main.tf:53)"));
    }

    [Test]
    public void Provider_blocks_are_model_objects_with_an_address_and_a_header()
    {
        using var fixture = MarkedFixture.Load(TestPaths.Fixtures("policies", "PS-AWS-SECRETS-002", "terraform", "fail"));
        var graph = FixtureScanner.Scan(SourceFormat.Terraform, fixture.Directory);
        var providers = new CloudModel(graph).Get<ProviderConfiguration>();
        Assert.That(providers.Select(p => p.Resource.Address), Is.EquivalentTo(new[] { "provider.aws", "provider.aws.us" }));
        Assert.That(providers.Select(p => p.Resource.DeclarationRange.Text), Has.All.EqualTo("provider \"aws\""));
        Assert.That(providers.Single(p => p.Resource.Address == "provider.aws.us").Credentials.Select(c => (c.Name, c.IsHardCoded)), Is.EqualTo(new[] { ("access_key", true), ("secret_key", true) }));
    }

    private static ScanResult Run(string policyId)
    {
        using var fixture = MarkedFixture.Load(TestPaths.Fixtures("policies", policyId, "terraform", "fail"));
        var graph = FixtureScanner.Scan(SourceFormat.Terraform, fixture.Directory);
        return PolicyRunner.Run(graph, [PolicyCatalog.Find(policyId)!]);
    }
}
