using System.Collections.Immutable;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary>
/// The configuration of one module directory: its parsed files and the declarations found in them.
/// Static and immutable; evaluation happens per calling context in <c>ModuleEvaluation</c>.
/// </summary>
public sealed class ModuleDirectory
{
    public required string FullPath { get; init; }

    /// <summary>The directory as users see it (relative to the working directory where possible).</summary>
    public required string DisplayPath { get; init; }

    public required ImmutableArray<HclFile> Files { get; init; }

    public required ImmutableDictionary<string, VariableDeclaration> Variables { get; init; }

    public required ImmutableDictionary<string, Hcl.Syntax.Attribute> Locals { get; init; }

    public required ImmutableDictionary<string, Block> Outputs { get; init; }

    public required ImmutableArray<ResourceDeclaration> Resources { get; init; }

    public required ImmutableArray<ModuleCallDeclaration> ModuleCalls { get; init; }

    public required ImmutableArray<ProviderDeclaration> Providers { get; init; }

    /// <summary>Parse errors and declaration problems (duplicates); reported once, whatever the number of calling contexts.</summary>
    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    public bool IsEmpty => Files.IsEmpty;

    public static ModuleDirectory Build(string fullPath, string displayPath, ImmutableArray<HclFile> files, IEnumerable<Diagnostic> readDiagnostics)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(readDiagnostics);
        var variables = ImmutableDictionary.CreateBuilder<string, VariableDeclaration>(StringComparer.Ordinal);
        var locals = ImmutableDictionary.CreateBuilder<string, Hcl.Syntax.Attribute>(StringComparer.Ordinal);
        var outputs = ImmutableDictionary.CreateBuilder<string, Block>(StringComparer.Ordinal);
        var resources = ImmutableArray.CreateBuilder<ResourceDeclaration>();
        var calls = ImmutableArray.CreateBuilder<ModuleCallDeclaration>();
        var providers = ImmutableArray.CreateBuilder<ProviderDeclaration>();
        var resourceAddresses = new HashSet<string>(StringComparer.Ordinal);
        var callNames = new HashSet<string>(StringComparer.Ordinal);

        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        foreach (var file in OverrideFiles.Apply(files))
        {
            foreach (var block in file.Body.Blocks)
            {
                var labels = block.Labels;
                switch (block.Type.Name)
                {
                    case "variable" when labels.Length == 1:
                        AddUnique(variables, labels[0].Value, new VariableDeclaration(labels[0].Value, block), "variable", block, diagnostics);
                        break;
                    case "output" when labels.Length == 1:
                        AddUnique(outputs, labels[0].Value, block, "output", block, diagnostics);
                        break;
                    case "locals":
                        foreach (var attribute in block.Body.Attributes)
                        {
                            AddUnique(locals, attribute.Name.Name, attribute, "local value", attribute, diagnostics);
                        }

                        break;
                    case "resource" or "data" when labels.Length == 2:
                        var declaration = new ResourceDeclaration(block.Type.Name == "data" ? ResourceMode.Data : ResourceMode.Managed, labels[0].Value, labels[1].Value, block);
                        if (resourceAddresses.Add(declaration.LocalAddress))
                        {
                            resources.Add(declaration);
                        }
                        else
                        {
                            diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration, block.HeaderRange, block.Type.Name, declaration.LocalAddress);
                        }

                        break;
                    case "module" when labels.Length == 1:
                        var source = block.Body.FindAttribute("source")?.Expression is TemplateExpression { IsLiteral: true } template
                            ? string.Concat(template.Parts.Select(p => ((LiteralExpression)p).Value.AsString()))
                            : null;
                        if (!callNames.Add(labels[0].Value))
                        {
                            diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration, block.HeaderRange, "module", labels[0].Value);
                            break;
                        }

                        if (source is null)
                        {
                            diagnostics.Add(DiagnosticCatalog.InvalidModuleSource, block.HeaderRange, labels[0].Value);
                        }

                        calls.Add(new ModuleCallDeclaration(labels[0].Value, source, block));
                        break;
                    case "provider" when labels.Length == 1:
                        var alias = block.Body.FindAttribute("alias")?.Expression is TemplateExpression { IsLiteral: true } aliasTemplate
                            ? string.Concat(aliasTemplate.Parts.Select(p => ((LiteralExpression)p).Value.AsString()))
                            : null;
                        providers.Add(new ProviderDeclaration(labels[0].Value, alias, block));
                        break;
                }
            }
        }

        return new ModuleDirectory
        {
            FullPath = fullPath,
            DisplayPath = displayPath,
            Files = files,
            Variables = variables.ToImmutable(),
            Locals = locals.ToImmutable(),
            Outputs = outputs.ToImmutable(),
            Resources = resources.ToImmutable(),
            ModuleCalls = calls.ToImmutable(),
            Providers = providers.ToImmutable(),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static void AddUnique<T>(ImmutableDictionary<string, T>.Builder table, string name, T item, string kind, Hcl.Syntax.SyntaxNode node, DiagnosticBag diagnostics)
    {
        if (!table.TryAdd(name, item))
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateDeclaration, node is Block block ? block.HeaderRange : node.Range, kind, name);
        }
    }
}
