using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.TerraformPlan;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Tests;

/// <summary>
/// A configuration scanned as HCL and its plan scanned with the configuration as its source give the same failures at
/// the same places: every built-in policy, compared by (policy, resource address, file, start and end line and column).
/// Each case under tests/fixtures/plans/equivalence/&lt;case&gt;/ holds the configuration in <c>config/</c> (a root
/// module with a local module) and, beside it, <c>plan.json</c> written as <c>terraform show -json</c> writes the plan
/// of exactly that configuration. The folders are kept apart so that the HCL scan does not see the plan and the plan
/// scan takes its source from <see cref="PlanOptions.SourceDirectory"/>.
/// </summary>
public sealed class PlanEquivalenceTests
{
    /// <summary>
    /// Failures only one side can report, with the reason; everything else must be equal. A plan knows values the
    /// configuration alone cannot (variables given on the command line), so the plan may fail where the HCL scan can
    /// only say unknown.
    /// </summary>
    private static readonly Dictionary<string, (Side Side, string PolicyId, string Address, string Reason)[]> Differences = new()
    {
        ["notebooks"] =
        [
            (Side.PlanOnly, "PS-AWS-SAGEMAKER-001", "aws_sagemaker_notebook_instance.vendor",
                "root_access = var.vendor_root_access, a variable without default given with -var at plan time: the plan holds \"Enabled\", the configuration alone leaves it unknown"),
        ],
        ["network"] = [],
    };

    /// <summary>
    /// The default settings, but with an allowed region the cases do not use and a required tag they do not set, so that
    /// the region policy fails at the provider configuration's region and the tags policy at each resource's header
    /// (the plan holds tags_all, the configuration does not) on both sides.
    /// </summary>
    private static readonly PolicySettings Settings = PolicySettings.Default with { AllowedRegions = ["eu-west-1"], RequiredTags = ["Owner"] };

    public enum Side
    {
        PlanOnly,
        HclOnly,
    }

    public static IEnumerable<TestCaseData> Cases() =>
        Differences.Keys.Select(name => new TestCaseData(name).SetName($"Plan and configuration fail alike: {name}"));

    [TestCaseSource(nameof(Cases))]
    public void The_plan_with_its_source_fails_exactly_where_the_configuration_fails(string name)
    {
        var folder = TestPaths.Fixtures("plans", "equivalence", name);
        var source = Path.Combine(folder, "config");
        Assert.That(File.Exists(Path.Combine(folder, "plan.json")) && Directory.Exists(source), Is.True, $"{folder} needs plan.json and config/");

        var configuration = TerraformScanner.Scan([source], new TerraformOptions { DisplayRoot = folder, Environment = new Dictionary<string, string>() });
        var plan = PlanScanner.Scan([Path.Combine(folder, "plan.json")], new PlanOptions { SourceDirectory = source, DisplayRoot = folder }).Graph;
        Assert.That(configuration.Diagnostics.Where(d => d.IsError).Concat(plan.Diagnostics.Where(d => d.IsError)).Select(d => d.ToString()), Is.Empty, "both must load");
        Assert.That(plan.Resources.Select(r => r.Address).Order(StringComparer.Ordinal), Is.EqualTo(configuration.Resources.Select(r => r.Address).Order(StringComparer.Ordinal)), "the plan has the configuration's resources");

        var fromConfiguration = Failures(configuration);
        var fromPlan = Failures(plan);
        Assert.That(fromConfiguration, Is.Not.Empty, "a case must fail somewhere to compare anything");

        TestContext.Out.WriteLine($"configuration: {fromConfiguration.Count} failures, plan: {fromPlan.Count}");
        foreach (var failure in fromPlan.Union(fromConfiguration).Order())
        {
            TestContext.Out.WriteLine($"  {(fromPlan.Contains(failure) ? "P" : " ")}{(fromConfiguration.Contains(failure) ? "C" : " ")} {failure}");
        }

        var differences = Differences[name];
        var planOnly = fromPlan.Except(fromConfiguration).ToList();
        var hclOnly = fromConfiguration.Except(fromPlan).ToList();
        bool Documented(Failure failure, Side side) => differences.Any(d => d.Side == side && d.PolicyId == failure.PolicyId && d.Address == failure.Address);
        Assert.Multiple(() =>
        {
            Assert.That(planOnly.Where(f => !Documented(f, Side.PlanOnly)), Is.Empty, "failures of the plan that the configuration does not have");
            Assert.That(hclOnly.Where(f => !Documented(f, Side.HclOnly)), Is.Empty, "failures of the configuration that the plan does not have");

            // A documented difference that no longer occurs is stale: remove it.
            foreach (var difference in differences)
            {
                var found = (difference.Side == Side.PlanOnly ? planOnly : hclOnly).Any(f => f.PolicyId == difference.PolicyId && f.Address == difference.Address);
                Assert.That(found, Is.True, $"documented difference no longer occurs: {difference}");
            }
        });
    }

    private static HashSet<Failure> Failures(ResourceGraph graph) =>
        [.. PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies, Settings).Findings
            .Where(f => f.Status == ResultStatus.Failed)
            .Select(f => new Failure(
                f.Policy.Id, f.Resource.Address, f.Location.File?.Path ?? "?",
                f.Location.StartPosition.Line, f.Location.StartPosition.Column, f.Location.EndPosition.Line, f.Location.EndPosition.Column))];

    private sealed record Failure(string PolicyId, string Address, string File, int StartLine, int StartColumn, int EndLine, int EndColumn) : IComparable<Failure>
    {
        public int CompareTo(Failure? other) => string.CompareOrdinal(ToString(), other?.ToString());

        public override string ToString() => $"{PolicyId} {Address} at {File}:{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
    }
}
