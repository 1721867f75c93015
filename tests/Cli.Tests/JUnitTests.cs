using System.Xml.Linq;
using PolicyScan.Cli.Output;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Tests;

/// <summary><c>--format junit</c>, checked for what Jenkins' JUnit plugin, GitLab and GitHub test reporters read.</summary>
public sealed class JUnitTests
{
    [Test]
    public void Junit_of_the_example_stack_matches_its_golden_file()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("scan", path, "--root", root, "--format", "junit");
        Assert.That(code, Is.EqualTo(ExitCodes.FindingsFailed));
        Golden.AssertMatches(stdout, "scan.junit.xml");
    }

    [Test]
    public void The_structure_is_what_ci_test_reports_read_with_counts_that_match_the_cases()
    {
        var (path, root) = Golden.ExampleStack;
        var document = XDocument.Parse(CliRunner.Run("scan", path, "--root", root, "--format", "junit").Stdout);
        var suites = document.Root!.Elements("testsuite").ToList();
        var cases = suites.SelectMany(s => s.Elements("testcase")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(document.Root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That(document.Root.Attribute("name")?.Value, Is.EqualTo("policyscan"));
            AssertCounts(document.Root, cases);
            foreach (var suite in suites)
            {
                AssertCounts(suite, suite.Elements("testcase").ToList());
                Assert.That(suite.Attribute("name")?.Value, Does.Match(@"^PS-AWS-[A-Z0-9]+-\d{3} [a-z0-9-]+$"));
            }

            foreach (var testCase in cases)
            {
                Assert.That(testCase.Attribute("name")?.Value, Is.Not.Empty);
                Assert.That(testCase.Attribute("classname")?.Value, Does.StartWith("PS-AWS-"));
                Assert.That(testCase.Attribute("file")?.Value, Is.EqualTo("examples/insecure/terraform/main.tf"), "relative to --root, forward slashes");
                Assert.That(int.Parse(testCase.Attribute("line")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
            }

            foreach (var failure in document.Descendants("failure"))
            {
                Assert.That(failure.Attribute("message")?.Value, Is.Not.Empty);
                Assert.That(failure.Attribute("type")?.Value, Is.AnyOf("critical", "high", "medium", "low", "info"));
                Assert.That(failure.Value, Does.Contain("examples/insecure/terraform/main.tf:").And.Contain("https://"));
            }

            Assert.That(document.Descendants().Attributes().Where(a => a.Name == "time").Select(a => a.Value).Distinct(), Is.EqualTo(new[] { "0" }));
            Assert.That(document.Descendants().Attributes().Select(a => a.Name.LocalName), Has.None.AnyOf("timestamp", "hostname"));
            Assert.That(int.Parse(document.Root.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(20), "every failed finding of the example stack is on its own (policy, resource)");
        });
    }

    [Test]
    public void Not_applicable_results_are_left_out_and_each_policy_and_resource_is_one_case()
    {
        var report = ReportFixtures.OneFailure();
        var document = XDocument.Parse(ReportFixtures.Write(new JUnitReportWriter(), report));
        var expected = report.Findings.Where(f => f.Status != ResultStatus.NotApplicable).Select(f => (f.Policy.Id, f.Resource.Address)).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Any(f => f.Status == ResultStatus.NotApplicable), Is.True, "the fixture has not-applicable results");
            Assert.That(document.Descendants("testcase").Count(), Is.EqualTo(expected));
            Assert.That(document.Descendants("testsuite").All(s => s.Elements("testcase").Any()), Is.True, "no empty suites");
        });
    }

    [Test]
    public void Several_findings_of_one_policy_on_one_resource_fold_into_one_case_with_every_message()
    {
        var report = ReportFixtures.OneFailure();
        var failure = report.Findings.Single(f => f.Status == ResultStatus.Failed);
        var second = failure with { Message = "a second rule of the same policy failed too" };
        var document = XDocument.Parse(ReportFixtures.Write(new JUnitReportWriter(), report.WithFindings([.. report.Findings, second])));
        var cases = document.Descendants("testcase").Where(c => c.Attribute("classname")?.Value == failure.Policy.Id && c.Attribute("name")?.Value == failure.Resource.Address).ToList();
        Assert.That(cases, Has.Count.EqualTo(1));
        var message = cases[0].Element("failure")!.Attribute("message")!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain(failure.Message).And.Contain(second.Message));
            Assert.That(cases[0].Element("failure")!.Value.Split("  at ").Length - 1, Is.EqualTo(2), "each message keeps its location");
        });
    }

    [Test]
    public void An_unknown_is_skipped_unless_fail_on_unknown_makes_it_a_failure()
    {
        var fixture = CliRunner.Fixture("cli", "unknown-acl");
        var lenient = XDocument.Parse(CliRunner.Run("scan", fixture, "--root", ReportFixtures.Repository, "--policy", "PS-AWS-S3-001", "--format", "junit").Stdout);
        var strict = XDocument.Parse(CliRunner.Run("scan", fixture, "--root", ReportFixtures.Repository, "--policy", "PS-AWS-S3-001", "--fail-on-unknown", "--format", "junit").Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(lenient.Descendants("skipped").Single().Attribute("message")!.Value, Does.StartWith("unknown before deployment: "));
            Assert.That(lenient.Descendants("failure"), Is.Empty);
            Assert.That(lenient.Root!.Attribute("skipped")!.Value, Is.EqualTo("1"));
            Assert.That(strict.Descendants("failure").Single().Attribute("message")!.Value, Does.StartWith("unknown before deployment: "));
            Assert.That(strict.Descendants("skipped"), Is.Empty);
        });
    }

    [Test]
    public void A_suppressed_finding_is_skipped_with_its_reason()
    {
        var report = ReportFixtures.OneFailure();
        var suppressed = report.Findings.Select(f => f.Status == ResultStatus.Failed ? ReportFixtures.Suppressed(f, "versioning is handled by the backup vault") : f);
        var document = XDocument.Parse(ReportFixtures.Write(new JUnitReportWriter(), report.WithFindings(suppressed)));
        Assert.Multiple(() =>
        {
            Assert.That(document.Descendants("skipped").Single().Attribute("message")!.Value, Is.EqualTo("suppressed: versioning is handled by the backup vault"));
            Assert.That(document.Descendants("failure"), Is.Empty);
        });
    }

    [Test]
    public void Input_errors_are_error_cases_in_the_inputs_suite()
    {
        var document = XDocument.Parse(CliRunner.Run("scan", CliRunner.Fixture("cli", "broken"), "--root", ReportFixtures.Repository, "--format", "junit").Stdout);
        var inputs = document.Root!.Elements("testsuite").Single(s => s.Attribute("name")?.Value == JUnitReportWriter.InputsSuite);
        var error = inputs.Descendants("error").Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Attribute("type")!.Value, Is.EqualTo("HCL1010"));
            Assert.That(error.Attribute("message")!.Value, Is.Not.Empty);
            Assert.That(error.Parent!.Attribute("line")!.Value, Is.EqualTo("6"));
            Assert.That(inputs.Attribute("errors")!.Value, Is.EqualTo("1"));
            Assert.That(document.Root.Attribute("errors")!.Value, Is.EqualTo("1"));
        });
    }

    [Test]
    public void Characters_xml_cannot_hold_are_replaced_rather_than_breaking_the_report()
    {
        var report = ReportFixtures.OneFailure();
        var findings = report.Findings.Select(f => f.Status == ResultStatus.Failed ? f with { Message = "bell\u0007 & <tag> \"quoted\"" } : f);
        var document = XDocument.Parse(ReportFixtures.Write(new JUnitReportWriter(), report.WithFindings(findings)));
        Assert.That(document.Descendants("failure").Single().Attribute("message")!.Value, Is.EqualTo("bell\uFFFD & <tag> \"quoted\""));
    }

    [Test]
    public void The_same_address_in_two_roots_names_the_root()
    {
        var first = ReportFixtures.OneFailure();
        var moved = first.Findings.Select(f => f with { Resource = f.Resource with { Root = "other/stack" } });
        var graph = first.Result.Graph with { Resources = [.. first.Result.Graph.Resources, .. first.Result.Graph.Resources.Select(r => r with { Root = "other/stack" })] };
        var report = first with { Result = first.Result with { Graph = graph, Findings = [.. first.Findings, .. moved] } };
        var names = XDocument.Parse(ReportFixtures.Write(new JUnitReportWriter(), report)).Descendants("testcase").Select(c => c.Attribute("name")!.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("aws_s3_bucket.phi (other/stack)"));
            Assert.That(names.Count(n => n.StartsWith("aws_s3_bucket.phi (", StringComparison.Ordinal)), Is.EqualTo(names.Count(n => n.StartsWith("aws_s3_bucket.phi", StringComparison.Ordinal))));
        });
    }

    private static void AssertCounts(XElement element, List<XElement> cases)
    {
        int Count(string name) => int.Parse(element.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Count("tests"), Is.EqualTo(cases.Count), $"{element.Attribute("name")?.Value}: tests");
        Assert.That(Count("failures"), Is.EqualTo(cases.Count(c => c.Element("failure") is not null)), $"{element.Attribute("name")?.Value}: failures");
        Assert.That(Count("errors"), Is.EqualTo(cases.Count(c => c.Element("error") is not null)), $"{element.Attribute("name")?.Value}: errors");
        Assert.That(Count("skipped"), Is.EqualTo(cases.Count(c => c.Element("skipped") is not null)), $"{element.Attribute("name")?.Value}: skipped");
    }
}
