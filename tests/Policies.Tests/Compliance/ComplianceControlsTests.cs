using PolicyScan.Policies.Compliance;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests.Compliance;

/// <summary>The generated table of control titles matches the shared catalogue and covers every built-in citation.</summary>
public sealed class ComplianceControlsTests
{
    private static IEnumerable<string> CitedReferences => PolicyCatalog.BuiltInPolicies.SelectMany(p => p.Metadata.Compliance).Distinct();

    [Test]
    public void The_generated_table_is_current_with_the_shared_catalogue()
    {
        var path = Path.Combine(TestPaths.Repository, "src", "Policies", "Compliance", "ComplianceControls.cs");
        var rendered = ComplianceControlsSource.Render(Path.Combine(TestPaths.Shared, "compliance", "frameworks.yaml"), CitedReferences);
        if (Environment.GetEnvironmentVariable("POLICYSCAN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty, Is.EqualTo(rendered),
            "src/Policies/Compliance/ComplianceControls.cs is out of date; regenerate with POLICYSCAN_UPDATE_DOCS=1 and review the diff");
    }

    [Test]
    public void Every_reference_a_built_in_policy_cites_has_a_title_and_a_framework_name()
    {
        var missing = CitedReferences.Where(r => ComplianceControls.Find(r) is null).ToList();
        var unnamed = CitedReferences.Select(r => r.Split(':')[0]).Distinct().Where(f => ComplianceControls.FindFramework(f) is null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "cited controls without a title in ComplianceControls.cs");
            Assert.That(unnamed, Is.Empty, "cited frameworks without a name in ComplianceControls.cs");
            Assert.That(ComplianceControls.Find("hipaa:164.312(a)(2)(iv)")?.Title, Is.EqualTo("Encryption and decryption"));
            Assert.That(ComplianceControls.Find("hipaa:164.312(a)(2)(iv)")?.Designation, Is.EqualTo("addressable"));
        });
    }

    [Test]
    public void Control_ids_sort_naturally()
    {
        string[] ids = ["8.24", "8.3", "164.312(a)(2)(iv)", "164.308(a)(1)(ii)(D)", "164.312(a)(1)", "164.308(a)(1)(i)", "S3.10", "S3.9", "21(2)(j)", "21(2)(b)"];
        Assert.That(ids.Order(ControlIdComparer.Instance), Is.EqualTo(new[]
        {
            "8.3", "8.24", "21(2)(b)", "21(2)(j)", "164.308(a)(1)(i)", "164.308(a)(1)(ii)(D)", "164.312(a)(1)", "164.312(a)(2)(iv)", "S3.9", "S3.10",
        }));
    }
}
