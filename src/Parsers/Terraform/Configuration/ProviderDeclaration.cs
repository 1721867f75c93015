using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary><c>provider "aws" { alias = "eu" ... }</c>.</summary>
public sealed record ProviderDeclaration(string Name, string? Alias, Block Block)
{
    public string LocalAddress => Alias is null ? Name : $"{Name}.{Alias}";
}
