using System.Collections.Immutable;
using PolicyScan.Parsers.CloudFormation.Evaluation;
using PolicyScan.Parsers.CloudFormation.Syntax;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.CloudFormation;

/// <summary>What reading one file gave: whether it is a template, its resources and its diagnostics.</summary>
public sealed record TemplateLoadResult(SourceFile? Source, bool IsTemplate, ImmutableArray<Resource> Resources, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Reads one file: decides by content whether it is a template, and if so evaluates it into resources.</summary>
public static class TemplateLoader
{
    /// <summary>Files larger than this are not templates (CloudFormation accepts at most 1 MB) and are not parsed.</summary>
    private const long MaxTemplateBytes = 4 * 1024 * 1024;

    public static TemplateLoadResult LoadFile(string fullPath, string displayPath, CloudFormationOptions options, IReadOnlyDictionary<string, string> parameterValues)
    {
        try
        {
            if (new FileInfo(fullPath).Length > MaxTemplateBytes)
            {
                return NotTemplate(null);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return NotTemplate(null);
        }

        var diagnostics = new DiagnosticBag();
        var source = SourceFileReader.Read(fullPath, displayPath, diagnostics);
        if (source is null)
        {
            // Unreadable or not text: nothing says it is a template, so it is skipped quietly like other non-templates.
            return NotTemplate(null);
        }

        return Load(source, options, parameterValues);
    }

    /// <summary>Reads and evaluates one source text; never throws on user input.</summary>
    public static TemplateLoadResult Load(SourceFile source, CloudFormationOptions options, IReadOnlyDictionary<string, string> parameterValues)
    {
        if (!TemplateRecognizer.MayBeTemplate(source.Text))
        {
            return NotTemplate(source);
        }

        var diagnostics = new DiagnosticBag();
        try
        {
            var document = IsJson(source) ? JsonTemplateReader.Read(source) : YamlTemplateReader.Read(source);
            if (!TemplateRecognizer.IsTemplate(document.Root))
            {
                // A broken file that looks like a template is reported; other YAML or JSON is not ours to judge.
                return document.HasErrors
                    ? new TemplateLoadResult(source, true, [], document.Diagnostics)
                    : NotTemplate(source);
            }

            diagnostics.AddRange(document.Diagnostics);
            DuplicateKeys.Report(document.Root!, diagnostics);
            var evaluator = new TemplateEvaluator((TemplateMapping)document.Root!, options, parameterValues, source.Path, diagnostics);
            var resources = evaluator.EvaluateResources();
            return new TemplateLoadResult(source, true, resources, diagnostics.ToImmutable());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A defect met in one template must not cost the findings of the others.
            diagnostics.Add(DiagnosticCatalog.InternalError, new SourceRange(source, default), exception.GetType().Name + ": " + exception.Message);
            return new TemplateLoadResult(source, true, [], diagnostics.ToImmutable());
        }
    }

    /// <summary>JSON by its first significant character, so a <c>.template</c> file may be either.</summary>
    private static bool IsJson(SourceFile source)
    {
        foreach (var c in source.Text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[';
            }
        }

        return false;
    }

    private static TemplateLoadResult NotTemplate(SourceFile? source) => new(source, false, [], []);
}
