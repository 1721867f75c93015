using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>One evaluated module instance: the root, or a module call in one calling context.</summary>
public sealed record ModuleInstance
{
    /// <summary>Empty for a root module, else <c>module.a.module.b["x"]</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The module's directory as shown to users.</summary>
    public required string Directory { get; init; }

    /// <summary>The root module this instance was evaluated under (its directory as users see it).</summary>
    public string Root { get; init; } = string.Empty;

    public required MapValue Locals { get; init; }

    public required MapValue Outputs { get; init; }

    public ImmutableArray<ModuleCall> Calls { get; init; } = [];
}
