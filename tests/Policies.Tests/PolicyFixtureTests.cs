using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Tests.Fixtures;

namespace PolicyScan.Policies.Tests;

/// <summary>
/// Every policy, for every format it supports, against its failing and passing fixtures
/// (tests/fixtures/policies/&lt;id&gt;/&lt;format&gt;/fail and .../pass): the failures and unknowns it reports must be
/// exactly those marked in the files, at exactly the marked places; the passing fixture must pass somewhere.
/// A fixture folder may hold a settings.json with the policy settings it runs with (<see cref="FixtureSettings"/>).
/// </summary>
public sealed class PolicyFixtureTests
{
    /// <remarks>
    /// Plans are judged by the Terraform adapters, so plan fixtures are optional: a policy with a <c>plan</c> folder runs
    /// on it too.
    /// </remarks>
    public static IEnumerable<TestCaseData> Cases() =>
        from policy in PolicyCatalog.BuiltInPolicies
        from format in policy.Metadata.Formats.Append(SourceFormat.TerraformPlan).Distinct()
        where format != SourceFormat.TerraformPlan || Directory.Exists(TestPaths.Fixtures("policies", policy.Metadata.Id, FixtureScanner.FolderOf(format)))
        from kind in new[] { "fail", "pass" }
        select new TestCaseData(policy.Metadata.Id, format, kind).SetName($"{policy.Metadata.Id} {FixtureScanner.FolderOf(format)} {kind}");

    [TestCaseSource(nameof(Cases))]
    public void Policy_reports_exactly_the_marked_findings(string policyId, SourceFormat format, string kind)
    {
        var folder = TestPaths.Fixtures("policies", policyId, FixtureScanner.FolderOf(format), kind);
        Assert.That(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(), Is.True, $"fixture folder {folder} is missing or empty");

        using var fixture = MarkedFixture.Load(folder);
        var graph = FixtureScanner.Scan(format, fixture.Directory, FixtureSettings.RegionOf(folder));
        Assert.That(graph.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty, "fixtures must parse");

        var policy = PolicyCatalog.Find(policyId)!;
        var result = PolicyRunner.Run(graph, [policy], FixtureSettings.Load(folder));
        var actual = result.Findings
            .Where(f => f.Status is ResultStatus.Failed or ResultStatus.Unknown)
            .Select(f => new ExpectedFinding(
                f.Policy.Id, f.Status, f.Location.File?.Path ?? "?",
                f.Location.StartPosition.Line, f.Location.StartPosition.Column, f.Location.EndPosition.Line, f.Location.EndPosition.Column))
            .ToList();
        var expected = fixture.Expected.Where(e => e.PolicyId == policyId).ToList();

        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "expected but not reported:\n" + string.Join("\n", missing));
            Assert.That(unexpected, Is.Empty, "reported but not marked:\n" + string.Join("\n", unexpected) + Messages(result, missing.Count + unexpected.Count));
            if (kind == "fail")
            {
                Assert.That(expected.Any(e => e.Status == ResultStatus.Failed), Is.True, "a failing fixture must mark at least one failure");
            }
            else
            {
                Assert.That(expected.Any(e => e.Status == ResultStatus.Failed), Is.False, "a passing fixture must not mark failures");
                Assert.That(result.Findings.Any(f => f.Status == ResultStatus.Passed), Is.True, "a passing fixture must pass the policy somewhere");
            }

            Assert.That(result.Findings.All(f => f.Message.Length > 0 && !f.Location.IsNone), Is.True, "every result has a message and a location");
        });
    }

    private static string Messages(ScanResult result, int problems) =>
        problems == 0 ? string.Empty : "\nall results:\n" + string.Join("\n", result.Findings.Select(f => $"  {f.Status} {f.Location} {f.Message}"));
}
