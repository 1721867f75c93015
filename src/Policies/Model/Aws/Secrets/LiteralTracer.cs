using System.Text.RegularExpressions;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Terraform.Configuration;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// Finds where a known string value was written as a literal in the configuration, following the expression of the
/// attribute it was assigned to: a quoted string or heredoc without interpolation, <c>var.x</c> to the variable's
/// literal default (in a root module, and only when the value equals that default, so a value given in a
/// <c>.tfvars</c> file, the environment or on the command line is not taken for it), <c>var.x</c> in a called module
/// to the literal argument of the <c>module</c> block that calls it, and <c>local.x</c> to its literal definition.
/// Anything else (a function, a conditional, an interpolation, a reference to another resource) is not followed: the
/// value is then not known to be written in the source.
/// </summary>
public sealed partial class LiteralTracer(ResourceGraph graph)
{
    private const int MaxDepth = 16;

    private readonly Dictionary<SourceFile, HclFile> parsed = [];

    /// <summary>The range of the literal the value was written as, or null when it was not (or cannot be) traced to one.</summary>
    public SourceRange? FindLiteral(Value value, string moduleAddress, string root)
    {
        if (value is not StringValue { Value.Length: > 0 } text || value.Origin != ValueOrigin.Written || value.Range.File is not { } file)
        {
            return null;
        }

        var expression = FindAttributeExpression(file, value.Range);
        return expression is null ? null : Trace(expression, text.Value, file, moduleAddress, root, 0);
    }

    private SourceRange? Trace(Expression expression, string text, SourceFile file, string moduleAddress, string root, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case TemplateExpression template when template.IsLiteral:
                return LiteralText(template) == text ? template.Range : null;
            case LiteralExpression literal:
                return literal.Value.AsString() == text ? literal.Range : null;
            case TemplateWrapExpression wrap:
                return Trace(wrap.Wrapped, text, file, moduleAddress, root, depth + 1);
            case ParenthesesExpression parentheses:
                return Trace(parentheses.Inner, text, file, moduleAddress, root, depth + 1);
            case ScopeTraversalExpression { Root.Name: "var", Steps: [AttributeStep variable] }:
                return TraceVariable(variable.Name, text, file, moduleAddress, root, depth);
            case ScopeTraversalExpression { Root.Name: "local", Steps: [AttributeStep local] }:
                var definition = ModuleBlocks(file, "locals").Select(b => b.Body.FindAttribute(local.Name)).FirstOrDefault(a => a is not null);
                return definition is null ? null : Trace(definition.Expression, text, definition.Range.File!, moduleAddress, root, depth + 1);
            default:
                return null;
        }
    }

    private SourceRange? TraceVariable(string name, string text, SourceFile file, string moduleAddress, string root, int depth)
    {
        if (CallerOf(moduleAddress, root) is { } caller)
        {
            var argument = caller.Block.Body.FindAttribute(name);
            if (argument is not null)
            {
                return Trace(argument.Expression, text, caller.Block.Range.File!, caller.ParentAddress, root, depth + 1);
            }
        }
        else if (moduleAddress.Length > 0)
        {
            // A called module whose call cannot be found: where the value came from is not known.
            return null;
        }

        var declaration = ModuleBlocks(file, "variable").FirstOrDefault(b => b.Labels is [{ } label] && label.Value == name);
        var defaultValue = declaration?.Body.FindAttribute("default");
        return defaultValue is null ? null : Trace(defaultValue.Expression, text, declaration!.Range.File!, moduleAddress, root, depth + 1);
    }

    /// <summary>The <c>module</c> block that calls a module instance, and the address of the module it is in.</summary>
    private (Block Block, string ParentAddress)? CallerOf(string moduleAddress, string root)
    {
        var segments = ModuleSegment().Matches(moduleAddress);
        if (segments.Count == 0)
        {
            return null;
        }

        var last = segments[^1];
        var parentAddress = moduleAddress[..last.Index].TrimEnd('.');
        var callName = last.Groups["name"].Value;
        var call = graph.Modules
            .Where(m => m.Address == parentAddress && m.Root == root)
            .SelectMany(m => m.Calls)
            .FirstOrDefault(c => c.Name == callName);
        if (call?.Range.File is not { } callFile)
        {
            return null;
        }

        // The call's range is the block header (module "name").
        var block = AllBlocks(Parse(callFile).Body).FirstOrDefault(b => b.HeaderRange == call.Range || b.Range == call.Range);
        return block is null ? null : (block, parentAddress);
    }

    /// <summary>Top-level blocks of a type in every configuration file of the directory of <paramref name="file"/>.</summary>
    private IEnumerable<Block> ModuleBlocks(SourceFile file, string type)
    {
        var directory = Path.GetDirectoryName(file.Path);
        return graph.Files
            .Where(f => Path.GetDirectoryName(f.Path) == directory && ModuleDirectoryLoader.IsConfigurationFile(Path.GetFileName(f.Path)))
            .SelectMany(f => Parse(f).Body.BlocksOfType(type));
    }

    /// <summary>The expression of the innermost attribute whose expression contains <paramref name="range"/>.</summary>
    private Expression? FindAttributeExpression(SourceFile file, SourceRange range)
    {
        Expression? best = null;
        foreach (var body in Bodies(Parse(file).Body))
        {
            foreach (var attribute in body.Attributes)
            {
                if (attribute.Expression.Range.Contains(range) && (best is null || attribute.Expression.Range.Span.Length < best.Range.Span.Length))
                {
                    best = attribute.Expression;
                }
            }
        }

        return best;
    }

    private static IEnumerable<Body> Bodies(Body body) => [body, .. body.Blocks.SelectMany(b => Bodies(b.Body))];

    private static IEnumerable<Block> AllBlocks(Body body) => body.Blocks.SelectMany(b => (IEnumerable<Block>)[b, .. AllBlocks(b.Body)]);

    private static string LiteralText(TemplateExpression template) =>
        string.Concat(template.Parts.OfType<LiteralExpression>().Select(p => p.Value.AsString()));

    private HclFile Parse(SourceFile file)
    {
        if (!parsed.TryGetValue(file, out var result))
        {
            result = ModuleDirectoryLoader.ParseFile(file);
            parsed[file] = result;
        }

        return result;
    }

    [GeneratedRegex("""module\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]*\])?""")]
    private static partial Regex ModuleSegment();
}
