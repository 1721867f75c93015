using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary><c>variable "name" { type, default, nullable, sensitive }</c>.</summary>
public sealed record VariableDeclaration(string Name, Block Block)
{
    public Expression? Type => Block.Body.FindAttribute("type")?.Expression;

    public Expression? Default => Block.Body.FindAttribute("default")?.Expression;

    public Expression? Nullable => Block.Body.FindAttribute("nullable")?.Expression;
}
