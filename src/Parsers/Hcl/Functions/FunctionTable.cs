using System.Collections.Frozen;

namespace PolicyScan.Parsers.Hcl.Functions;

/// <summary>A set of functions by name. Terraform's built-ins are assembled by <c>TerraformFunctions</c>.</summary>
public sealed class FunctionTable
{
    private readonly FrozenDictionary<string, HclFunction> functions;

    public FunctionTable(IEnumerable<HclFunction> functions)
    {
        this.functions = functions.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static FunctionTable Empty { get; } = new([]);

    public IEnumerable<string> Names => functions.Keys;

    public bool TryGet(string name, out HclFunction function) => functions.TryGetValue(name, out function!);
}
