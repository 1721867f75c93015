using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform.Configuration;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Model.Aws.Secrets;

/// <summary>
/// Builds <see cref="ProviderConfiguration"/> for every <c>provider "aws"</c> block (once per module instance that
/// evaluates it), with a synthesized resource so that findings have an address and a location.
/// </summary>
public sealed class TerraformProviderConfigurationAdapter : IModelAdapter<ProviderConfiguration>
{
    private static readonly string[] CredentialAttributes = ["access_key", "secret_key", "token"];

    public ImmutableArray<ProviderConfiguration> Build(AdapterContext context)
    {
        var tracer = new LiteralTracer(context.Graph);
        var result = ImmutableArray.CreateBuilder<ProviderConfiguration>();
        foreach (var provider in context.Graph.Providers.Where(p => p.Name == "aws" && p.Range.File is not null))
        {
            var root = RootOf(context.Graph, provider);
            var resource = new Resource
            {
                Address = (provider.ModuleAddress.Length > 0 ? provider.ModuleAddress + "." : string.Empty) + "provider." + provider.LocalAddress,
                Type = "provider",
                Name = provider.LocalAddress,
                Format = SourceFormat.Terraform,
                ModuleAddress = provider.ModuleAddress,
                Root = root,
                Range = provider.Range,
                DeclarationRange = HeaderOf(provider.Range),
                Attributes = provider.Attributes,
                Provider = provider,
            };
            result.Add(new ProviderConfiguration
            {
                Resource = resource,
                Config = provider,
                Credentials =
                [
                    .. CredentialAttributes
                        .Where(a => !provider.Attributes.Get(a).IsAbsent)
                        .Select(a => new SecretAttribute(a, provider.Attributes.Get(a), tracer.FindLiteral(provider.Attributes.Get(a), provider.ModuleAddress, root))),
                ],
            });
        }

        return result.ToImmutable();
    }

    /// <summary>The root a provider block was evaluated under: that of the module instance in the block's directory.</summary>
    private static string RootOf(ResourceGraph graph, ProviderConfig provider)
    {
        var directory = Path.GetDirectoryName(provider.Range.File!.Path) ?? string.Empty;
        var instances = graph.Modules.Where(m => m.Address == provider.ModuleAddress).ToList();
        return (instances.FirstOrDefault(m => SameDirectory(m.Directory, directory)) ?? instances.FirstOrDefault())?.Root ?? string.Empty;
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a is "." ? string.Empty : a), Path.TrimEndingDirectorySeparator(b is "." ? string.Empty : b), StringComparison.Ordinal);

    /// <summary><c>provider "aws"</c>: the block's type and label, where a finding on the block belongs.</summary>
    private static SourceRange HeaderOf(SourceRange block)
    {
        // A plan's provider configuration is in the plan JSON, not a block: not worth parsing a plan of 100 MB as HCL.
        if (!ModuleDirectoryLoader.IsConfigurationFile(Path.GetFileName(block.File!.Path)))
        {
            return block.StartPoint;
        }

        var file = ModuleDirectoryLoader.ParseFile(block.File!);
        var declaration = file.Body.Blocks.FirstOrDefault(b => b.Range == block);
        return declaration?.HeaderRange ?? block.StartPoint;
    }
}
