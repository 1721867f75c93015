using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Graph;

/// <summary>A provider configuration (<c>provider "aws" { alias = "eu" region = "eu-west-1" }</c>).</summary>
public sealed record ProviderConfig
{
    /// <summary>The provider's local name, such as <c>aws</c> or <c>azurerm</c>.</summary>
    public required string Name { get; init; }

    public string? Alias { get; init; }

    /// <summary>Where the configuration is declared: empty for the root module.</summary>
    public string ModuleAddress { get; init; } = string.Empty;

    public required MapValue Attributes { get; init; }

    public required SourceRange Range { get; init; }

    /// <summary>The configured region (unknown when it comes from an unset variable, missing when not set).</summary>
    public Value Region => Attributes.Get("region");

    /// <summary>The tags applied to every taggable resource (AWS provider <c>default_tags { tags = {...} }</c>).</summary>
    public Value DefaultTags => Attributes.Get("default_tags").AsBlocks().FirstOrDefault()?.Get("tags") ?? new MissingValue(Range);

    /// <summary><c>aws</c> or <c>aws.eu</c>: how resources name it in their <c>provider</c> argument.</summary>
    public string LocalAddress => Alias is null ? Name : $"{Name}.{Alias}";
}
