using System.Text.Json;
using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.CloudFormation.Evaluation;
using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Text;
using YamlDotNet.RepresentationModel;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>
/// Every file of the shared CloudFormation corpus: a template loads with no error and with as many resources as an
/// independent count says; anything else is skipped with no diagnostic at all. Exceptions are listed with the reason.
/// </summary>
public sealed class CloudFormationCorpusTests
{
    /// <summary>Corpus files that are not loadable templates as they stand, each with the reason.</summary>
    /// <remarks>None at present: rain directives and Fn::ForEach loops, the two things in the corpus that are not plain CloudFormation, are read (as unknowns) rather than rejected.</remarks>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal);

    [Test]
    public void Every_template_in_the_corpus_loads_without_errors_and_with_the_resources_it_declares()
    {
        var root = SharedCorpus.Corpus("cfn");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(CloudFormationScanner.IsCandidateFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Is.Not.Empty);

        var failures = new List<string>();
        var skipped = new List<string>();
        int templates = 0, resources = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var result = TemplateLoader.LoadFile(file, relative, new CloudFormationOptions(), new Dictionary<string, string>());
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (Exceptions.ContainsKey(relative))
            {
                if (result.IsTemplate && errors.Count == 0)
                {
                    failures.Add($"{relative}: listed as an exception but loads cleanly; remove it from the table");
                }

                continue;
            }

            if (!result.IsTemplate)
            {
                skipped.Add(relative);
                if (!result.Diagnostics.IsEmpty)
                {
                    failures.Add($"{relative}: not a template, but reported {result.Diagnostics[0]}");
                }

                if (IndependentCount(file) is not null)
                {
                    failures.Add($"{relative}: the independent reading says it is a template, the loader does not");
                }

                continue;
            }

            templates++;
            resources += result.Resources.Length;

            // SAM generates resources (roles, stages, routes) besides the one that keeps each serverless resource's id.
            var declared = result.Resources.Count(r => r.GeneratedFrom is null || r.GeneratedFrom.Address == r.Address);
            if (errors.Count > 0)
            {
                failures.Add($"{relative}: {string.Join("; ", errors.Take(3))}");
                continue;
            }

            var expected = IndependentCount(file);
            if (expected != declared)
            {
                failures.Add($"{relative}: {declared} resources, the independent count says {expected?.ToString() ?? "not a template"}");
            }
        }

        TestContext.Out.WriteLine($"cfn corpus: {files.Count} candidate files, {templates} templates ({resources} resources), {skipped.Count} skipped as not templates, {Exceptions.Count} listed exceptions");
        TestContext.Out.WriteLine("skipped: " + string.Join(", ", skipped));
        Assert.That(failures, Is.Empty);
    }

    /// <summary>
    /// The number of resources the template declares whose condition is not false, read with YamlDotNet's
    /// representation model (JSON is YAML) rather than our reader; null when the file is not a template. Conditions are
    /// evaluated by our evaluator only for the resources that have one. Not counted, by design: <c>Fn::ForEach</c>
    /// loops and rain modules, which their tools expand into resources before deployment.
    /// </summary>
    private static int? IndependentCount(string file)
    {
        var text = File.ReadAllText(file);
        YamlMappingNode? top;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            top = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }

        if (top is null)
        {
            return null;
        }

        var resources = Child(top, "Resources") as YamlMappingNode;
        var typed = resources?.Children.Values.OfType<YamlMappingNode>()
            .Select(r => Child(r, "Type") is YamlScalarNode { Value: { } type } ? type : null)
            .Any(t => t is not null && (t.StartsWith("AWS::", StringComparison.Ordinal) || t.StartsWith("Custom::", StringComparison.Ordinal) || t.Split("::").Length is 3 or 4)) == true;
        if (Child(top, "AWSTemplateFormatVersion") is null && !typed)
        {
            return null;
        }

        if (resources is null)
        {
            return 0;
        }

        TemplateEvaluator? evaluator = null;
        var count = 0;
        foreach (var (key, value) in resources.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (name.StartsWith("Fn::ForEach::", StringComparison.Ordinal) || value is not YamlMappingNode resource
                || Child(resource, "Type") is YamlMappingNode
                || (Child(resource, "Type") is { Tag: { IsEmpty: false, IsNonSpecific: false } tag } && tag.Value.StartsWith("!Rain::", StringComparison.Ordinal)))
            {
                continue;
            }

            if (Child(resource, "Condition") is YamlScalarNode { Value: { } condition })
            {
                evaluator ??= EvaluatorFor(file, text);
                if (evaluator.EvaluateCondition(condition) == false)
                {
                    continue;
                }
            }

            count++;
        }

        return count;
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static TemplateEvaluator EvaluatorFor(string file, string text)
    {
        var source = new SourceFile(file, text);
        var document = text.TrimStart().StartsWith('{') ? JsonTemplateReader.Read(source) : YamlTemplateReader.Read(source);
        return new TemplateEvaluator((TemplateMapping)document.Root!, new CloudFormationOptions(), new Dictionary<string, string>(), file, new DiagnosticBag());
    }
}
