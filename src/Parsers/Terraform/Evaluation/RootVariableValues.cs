using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Terraform.Configuration;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// The values of a root module's variables, in Terraform's precedence, later winning: <c>TF_VAR_</c> environment,
/// <c>terraform.tfvars</c>, <c>terraform.tfvars.json</c>, <c>*.auto.tfvars(.json)</c> in lexical order, then
/// <c>--var-file</c> and <c>--var</c> in command-line order.
/// </summary>
internal static class RootVariableValues
{
    public static Dictionary<string, Value> Load(ModuleDirectory root, TerraformOptions options, ExpressionEvaluator evaluator, Func<string, string> displayPath)
    {
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        var environment = options.Environment ?? System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        foreach (var (key, raw) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith("TF_VAR_", StringComparison.Ordinal) && root.Variables.TryGetValue(key["TF_VAR_".Length..], out var declaration))
            {
                values[declaration.Name] = ParseRaw(declaration, raw, $"TF_VAR_{declaration.Name}", evaluator);
            }
        }

        var files = new List<string>();
        foreach (var name in new[] { "terraform.tfvars", "terraform.tfvars.json" })
        {
            var path = Path.Combine(root.FullPath, name);
            if (File.Exists(path))
            {
                files.Add(path);
            }
        }

        try
        {
            files.AddRange(Directory.EnumerateFiles(root.FullPath)
                .Where(f => f.EndsWith(".auto.tfvars", StringComparison.Ordinal) || f.EndsWith(".auto.tfvars.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            evaluator.Diagnostics.Add(DiagnosticCatalog.FileUnreadable, new SourceRange(new SourceFile(root.DisplayPath, string.Empty), default), exception.Message);
        }

        files.AddRange(options.VariableFiles.Select(Path.GetFullPath));
        foreach (var file in files)
        {
            ReadVariablesFile(file, displayPath(file), values, evaluator);
        }

        foreach (var assignment in options.Variables)
        {
            var separator = assignment.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                evaluator.Diagnostics.Add(DiagnosticCatalog.InvalidVarArgument, new SourceRange(new SourceFile("--var", assignment), new TextSpan(0, assignment.Length)), assignment);
                continue;
            }

            var name = assignment[..separator];
            if (root.Variables.TryGetValue(name, out var declaration))
            {
                values[name] = ParseRaw(declaration, assignment[(separator + 1)..], $"--var {name}", evaluator);
            }
        }

        return values;
    }

    private static void ReadVariablesFile(string path, string display, Dictionary<string, Value> values, ExpressionEvaluator evaluator)
    {
        var source = SourceFileReader.Read(path, display, evaluator.Diagnostics);
        if (source is null)
        {
            return;
        }

        var file = path.EndsWith(".json", StringComparison.Ordinal) ? HclJsonParser.ParseVariablesJson(source) : HclParser.ParseNative(source);
        evaluator.Diagnostics.AddRange(file.Diagnostics);
        foreach (var attribute in file.Body.Attributes)
        {
            values[attribute.Name.Name] = evaluator.Evaluate(attribute.Expression, VariableScope.Empty);
        }
    }

    /// <summary>
    /// A value from the command line or the environment: taken literally for variables of type string or without a
    /// type (Terraform cannot know what else they could be), parsed as an HCL expression for any other type.
    /// </summary>
    private static Value ParseRaw(VariableDeclaration declaration, string raw, string origin, ExpressionEvaluator evaluator)
    {
        var source = new SourceFile(origin, raw);
        if (declaration.Type is null or ScopeTraversalExpression { Root.Name: "string", Steps.IsEmpty: true })
        {
            return new StringValue(raw, new SourceRange(source, new TextSpan(0, raw.Length)));
        }

        var diagnostics = new DiagnosticBag();
        var expression = HclParser.ParseExpression(source, diagnostics);
        if (diagnostics.HasErrors)
        {
            evaluator.Diagnostics.AddRange(diagnostics.Items);
            return new UnknownValue($"the value given by {origin} is not valid", new SourceRange(source, default));
        }

        return evaluator.Evaluate(expression, VariableScope.Empty);
    }
}
