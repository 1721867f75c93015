using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PolicyScan.Cli.Commands;
using PolicyScan.Cli.Scanning;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>scan --format junit</c>: JUnit XML in the shape Jenkins (JUnit plugin), GitLab (<c>artifacts:reports:junit</c>)
/// and GitHub test reporters read. One <c>testsuite</c> per policy that judged at least one resource, one
/// <c>testcase</c> per (policy, resource) with <c>file</c> and <c>line</c>: a failure is a <c>failure</c>, an unknown
/// or suppressed result a <c>skipped</c> (an unknown fails with <c>--fail-on-unknown</c>), and not-applicable results
/// are left out so the report shows what was judged. Input errors are <c>error</c> cases in a suite named
/// <c>inputs</c>. Times are always "0" and there is no timestamp or hostname: the same scan gives the same bytes.
/// </summary>
internal sealed class JUnitReportWriter : IReportWriter
{
    public const string InputsSuite = "inputs";

    public string Format => "junit";

    public string Description => "JUnit XML, one test case per (policy, resource), for CI test reports (Jenkins, GitLab, GitHub test reporters)";

    public void Write(ScanReport report, TextWriter output, OutputContext context)
    {
        var ambiguous = AmbiguousAddresses(report.Result.Graph);
        var suites = new List<XElement>();
        foreach (var policy in report.Policies.Select(p => p.Metadata))
        {
            var cases = report.Findings
                .Where(f => f.Policy.Id == policy.Id && f.Status != ResultStatus.NotApplicable)
                .GroupBy(f => (f.Resource.Root, f.Resource.Address))
                .Select(g => g.OrderBy(f => f.Location.File?.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(f => f.Location.Start).ToList())
                .OrderBy(g => g[0].Location.File?.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(g => g[0].Location.Start)
                .ThenBy(g => g[0].Resource.Address, StringComparer.Ordinal)
                .Select(g => TestCase(g, report.Settings.FailOnUnknown, ambiguous))
                .ToList();
            if (cases.Count > 0)
            {
                suites.Add(Suite($"{policy.Id} {policy.Name}", cases));
            }
        }

        var inputErrors = report.Diagnostics.Where(d => d.IsError).Select(ErrorCase).ToList();
        if (inputErrors.Count > 0)
        {
            suites.Add(Suite(InputsSuite, inputErrors));
        }

        var root = new XElement("testsuites", new XAttribute("name", "policyscan"));
        AddCounts(root, suites.SelectMany(s => s.Elements("testcase")));
        root.Add(suites);
        Save(new XDocument(root), output);
    }

    /// <summary>
    /// One test case for a policy's findings on one resource; several (one per rule the policy checks) fold into it,
    /// the worst deciding: a failure, else a skip, else a pass. Every failed finding is a failure whatever
    /// <c>--fail-on</c> says (the exit code is the gate; the report shows what failed), and so is every unknown under
    /// <c>--fail-on-unknown</c>.
    /// </summary>
    private static XElement TestCase(List<Finding> findings, bool failOnUnknown, IReadOnlySet<string> ambiguous)
    {
        var first = findings[0];
        var resource = first.Resource;
        var element = new XElement("testcase",
            new XAttribute("name", ambiguous.Contains(resource.Address) ? $"{resource.Address} ({resource.Root})" : resource.Address),
            new XAttribute("classname", first.Policy.Id));
        if (first.Location.File is { } file)
        {
            element.Add(new XAttribute("file", file.Path), new XAttribute("line", first.Location.StartPosition.Line));
        }

        element.Add(new XAttribute("time", "0"));
        var failing = findings.Where(f => f.Status == ResultStatus.Failed || (failOnUnknown && f.Status == ResultStatus.Unknown)).ToList();
        if (failing.Count > 0)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", string.Join("; ", failing.Select(Message))),
                new XAttribute("type", SeverityNames.Name(failing.Max(f => f.Severity))),
                Sanitize(FailureText(failing))));
            return element;
        }

        var skipped = findings.Where(f => f.Status is ResultStatus.Unknown or ResultStatus.Suppressed).ToList();
        if (skipped.Count > 0)
        {
            element.Add(new XElement("skipped", new XAttribute("message", string.Join("; ", skipped.Select(Message)))));
        }

        return element;
    }

    private static string Message(Finding finding) => Sanitize(finding.Status switch
    {
        ResultStatus.Unknown => $"unknown before deployment: {finding.Message}",
        ResultStatus.Suppressed => $"suppressed: {finding.Suppression?.Reason ?? "(no reason given)"}",
        _ => finding.Message,
    });

    /// <summary>Each message with its location, then the policy's help page: what a CI log reader needs to act.</summary>
    private static string FailureText(List<Finding> failing)
    {
        var text = new StringBuilder();
        foreach (var finding in failing)
        {
            text.Append(Message(finding)).Append('\n');
            text.Append("  at ").Append(finding.Location.ToString()).Append('\n');
        }

        return text.Append(failing[0].Policy.HelpUri).ToString();
    }

    private static XElement ErrorCase(Diagnostic diagnostic)
    {
        var element = new XElement("testcase",
            new XAttribute("name", diagnostic.Range.ToString()),
            new XAttribute("classname", InputsSuite));
        if (diagnostic.Range.File is { } file)
        {
            element.Add(new XAttribute("file", file.Path), new XAttribute("line", diagnostic.Range.StartPosition.Line));
        }

        element.Add(
            new XAttribute("time", "0"),
            new XElement("error",
                new XAttribute("message", Sanitize(diagnostic.Message)),
                new XAttribute("type", diagnostic.Code),
                Sanitize(diagnostic.ToString())));
        return element;
    }

    private static XElement Suite(string name, List<XElement> cases)
    {
        var suite = new XElement("testsuite", new XAttribute("name", name));
        AddCounts(suite, cases);
        suite.Add(cases);
        return suite;
    }

    /// <summary>tests, failures, errors, skipped and time, which Jenkins and GitLab read from the suite rather than count.</summary>
    private static void AddCounts(XElement element, IEnumerable<XElement> cases)
    {
        var list = cases.ToList();
        element.Add(
            new XAttribute("tests", list.Count),
            new XAttribute("failures", list.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", list.Count(c => c.Element("error") is not null)),
            new XAttribute("skipped", list.Count(c => c.Element("skipped") is not null)),
            new XAttribute("time", "0"));
    }

    /// <summary>Addresses declared in more than one root (two stacks each with aws_s3_bucket.logs): their cases name the root too.</summary>
    private static IReadOnlySet<string> AmbiguousAddresses(ResourceGraph graph) => graph.Resources
        .GroupBy(r => r.Address, StringComparer.Ordinal)
        .Where(g => g.Select(r => r.Root).Distinct(StringComparer.Ordinal).Skip(1).Any())
        .Select(g => g.Key)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; a message quoting one gets U+FFFD instead.</summary>
    private static string Sanitize(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static void Save(XDocument document, TextWriter output)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
