using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// One statement as the provider models it. A null collection is one the provider omits from the JSON.
/// A statement whose contents cannot be known at all (an unknown source document, an unknown
/// <c>statement</c> list) is a placeholder with <see cref="WhollyUnknown"/> set, so that merging keeps its place.
/// </summary>
internal sealed class PolicyStatement
{
    public required SourceRange Range { get; init; }

    /// <summary>A string (empty when not written) or unknown.</summary>
    public Value Sid { get; init; } = new StringValue(string.Empty, SourceRange.None);

    /// <summary>A string (empty when not written in a JSON document) or unknown.</summary>
    public Value Effect { get; init; } = new StringValue(string.Empty, SourceRange.None);

    public PolicyStrings? Actions { get; init; }

    public PolicyStrings? NotActions { get; init; }

    public PolicyStrings? Resources { get; init; }

    public PolicyStrings? NotResources { get; init; }

    public PolicyBlockSet<PolicyPrincipal>? Principals { get; init; }

    public PolicyBlockSet<PolicyPrincipal>? NotPrincipals { get; init; }

    public PolicyBlockSet<PolicyCondition>? Conditions { get; init; }

    public UnknownValue? WhollyUnknown { get; init; }

    public static PolicyStatement Placeholder(UnknownValue unknown) => new() { Range = unknown.Range, WhollyUnknown = unknown };

    /// <summary>The sid when it is known and not empty: the key by which documents replace each other's statements.</summary>
    public string? KnownSid => Sid is StringValue { Value.Length: > 0 } sid ? sid.Value : null;
}
