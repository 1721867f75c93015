using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Terraform.Configuration;

namespace PolicyScan.Parsers.Terraform.Evaluation;

/// <summary>
/// What one root module's evaluation shares across its module tree: the loader, options, one evaluator (single
/// threaded per root), and the lists the graph is assembled from.
/// </summary>
internal sealed class EvaluationContext
{
    public EvaluationContext(ModuleDirectoryLoader loader, TerraformOptions options, ModuleDirectory root, Func<string, string> displayPath)
    {
        Loader = loader;
        Options = options;
        Root = root;
        DisplayPath = displayPath;
        Manifest = ModuleManifest.Read(root.FullPath);
        Environment = new TerraformFunctionEnvironment(root.FullPath);
        Evaluator = new ExpressionEvaluator(TerraformFunctions.Table, Environment, Diagnostics);
        Environment.Evaluator = Evaluator;
    }

    public ModuleDirectoryLoader Loader { get; }

    public TerraformOptions Options { get; }

    public ModuleDirectory Root { get; }

    public Func<string, string> DisplayPath { get; }

    public ModuleManifest Manifest { get; }

    public TerraformFunctionEnvironment Environment { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public ExpressionEvaluator Evaluator { get; }

    public List<Resource> Resources { get; } = [];

    public List<ModuleInstance> Modules { get; } = [];

    public List<ProviderConfig> Providers { get; } = [];

    /// <summary>Every module directory evaluated under this root, so the scanner knows which directories were reached.</summary>
    public HashSet<string> ReachedDirectories { get; } = new(StringComparer.Ordinal);
}
