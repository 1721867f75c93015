using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// Functions see the root module's directory as the working directory, as Terraform runs there: that is what
/// relative paths in <c>file()</c> mean, and why modules write <c>"${path.module}/..."</c>.
/// </summary>
internal sealed class TerraformFunctionEnvironment(string rootDirectory) : IFunctionEnvironment
{
    public string? BaseDirectory { get; } = rootDirectory;

    public ExpressionEvaluator? Evaluator { get; set; }

    public Value RenderTemplate(string templateText, string templatePath, MapValue variables, SourceRange callRange)
    {
        var file = new SourceFile(templatePath, templateText);
        var diagnostics = new DiagnosticBag();
        var template = HclParser.Syntax.ParseTemplate(file, new TextSpan(0, templateText.Length), diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new FunctionException($"the template {templatePath} has a syntax error: {diagnostics.Items.First(d => d.IsError)}");
        }

        var symbols = variables.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var value = Evaluator!.Evaluate(template, new VariableScope(symbols));
        return value.WithRange(callRange);
    }
}
