using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary><c>module "name" { source = "..." ... }</c>; <see cref="Source"/> is null when it is not a literal string.</summary>
public sealed record ModuleCallDeclaration(string Name, string? Source, Block Block)
{
    public Expression? Count => Block.Body.FindAttribute("count")?.Expression;

    public Expression? ForEach => Block.Body.FindAttribute("for_each")?.Expression;

    public Expression? Providers => Block.Body.FindAttribute("providers")?.Expression;

    /// <summary>Whether the source is a local path, which Terraform reads in place without downloading.</summary>
    public bool IsLocal => Source is not null && (Source.StartsWith("./", StringComparison.Ordinal) || Source.StartsWith("../", StringComparison.Ordinal)
        || Source.StartsWith(".\\", StringComparison.Ordinal) || Source.StartsWith("..\\", StringComparison.Ordinal) || Source is "." or "..");
}
