using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Terraform.Configuration;

/// <summary>A <c>resource</c> or <c>data</c> block.</summary>
public sealed record ResourceDeclaration(ResourceMode Mode, string Type, string Name, Block Block)
{
    /// <summary><c>aws_s3_bucket.b</c> or <c>data.aws_iam_policy_document.d</c>, without module prefix or key.</summary>
    public string LocalAddress => Mode == ResourceMode.Data ? $"data.{Type}.{Name}" : $"{Type}.{Name}";

    public Expression? Count => Block.Body.FindAttribute("count")?.Expression;

    public Expression? ForEach => Block.Body.FindAttribute("for_each")?.Expression;

    public Expression? Provider => Block.Body.FindAttribute("provider")?.Expression;
}
