using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Json;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Reads HCL's JSON syntax, as Terraform interprets it, into the same syntax tree the native parser produces:
/// <c>.tf.json</c> configuration and <c>.tfvars.json</c> variable values. JSON syntax errors (JSON1xxx) and
/// structural problems (HCL2xxx) are diagnostics; the entries they affect are skipped and the rest is read.
/// </summary>
public static class HclJsonParser
{
    /// <summary>
    /// A <c>.tf.json</c> file: the root object's keys are block types; strings are templates (or literal, or native
    /// expressions, per argument, as Terraform's JSON syntax documentation says), parsed by <paramref name="nativeSyntax"/>.
    /// </summary>
    public static HclFile ParseTerraformJson(SourceFile file, INativeSyntax nativeSyntax) =>
        Parse(file, nativeSyntax, JsonTerraformSchema.Root);

    /// <summary>
    /// A <c>.tfvars.json</c> file: each root key is a variable's value, taken literally (a string is never a template).
    /// Values are <see cref="LiteralExpression"/> leaves inside <see cref="TupleExpression"/> and
    /// <see cref="ObjectExpression"/> rather than one literal holding the whole converted value: the same shapes a
    /// native <c>.tfvars</c> file gives, and object keys keep their own ranges, which a map value cannot hold.
    /// </summary>
    public static HclFile ParseVariablesJson(SourceFile file) =>
        Parse(file, LiteralOnlySyntax.Instance, JsonTerraformSchema.Variables);

    private static HclFile Parse(SourceFile file, INativeSyntax nativeSyntax, JsonBodySchema schema)
    {
        var document = JsonParser.Parse(file, JsonParserOptions.Strict);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(document.Diagnostics);
        var bodies = new JsonBodyConverter(new JsonExpressionConverter(file, nativeSyntax, diagnostics), diagnostics);

        Body body;
        if (document.Root is JsonObject root)
        {
            body = bodies.ConvertBody(root, schema);
        }
        else
        {
            if (document.Root is { } other)
            {
                diagnostics.Add(DiagnosticCatalog.HclJsonRootNotObject, other.Range, JsonValueDescriptions.Describe(other));
            }

            body = new Body([], document.Root?.Range ?? new SourceRange(file, new TextSpan(0, file.Text.Length)));
        }

        return new HclFile(file, body, bodies.Comments, diagnostics.ToImmutable());
    }

    /// <summary>Variable files hold no expressions; nothing there may reach a native parser.</summary>
    private sealed class LiteralOnlySyntax : INativeSyntax
    {
        public static readonly LiteralOnlySyntax Instance = new();

        public Expression ParseTemplate(SourceFile file, TextSpan span, DiagnosticBag diagnostics) => new ErrorExpression(new SourceRange(file, span));

        public Expression ParseExpression(SourceFile file, TextSpan span, DiagnosticBag diagnostics) => new ErrorExpression(new SourceRange(file, span));
    }
}
