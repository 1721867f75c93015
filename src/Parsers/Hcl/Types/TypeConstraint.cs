using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Hcl.Types;

/// <summary>A Terraform type constraint (<c>list(object({ name = string, port = optional(number, 443) }))</c>).</summary>
public abstract record TypeConstraint
{
    public static readonly TypeConstraint Any = new PrimitiveType("any");
    public static readonly TypeConstraint String = new PrimitiveType("string");
    public static readonly TypeConstraint Number = new PrimitiveType("number");
    public static readonly TypeConstraint Bool = new PrimitiveType("bool");
}

public sealed record PrimitiveType(string Name) : TypeConstraint
{
    public override string ToString() => Name;
}

public enum CollectionKind
{
    List,
    Set,
    Map,
}

public sealed record CollectionType(CollectionKind Kind, TypeConstraint Element) : TypeConstraint
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}({Element})";
}

/// <summary>An object attribute; optional ones may carry a default used when the value leaves them out or null.</summary>
public sealed record ObjectAttributeType(TypeConstraint Type, bool Optional, Value? Default);

public sealed record ObjectType(ImmutableDictionary<string, ObjectAttributeType> Attributes) : TypeConstraint
{
    public override string ToString() => "object({" + string.Join(", ", Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} = {a.Value.Type}")) + "})";
}

public sealed record TupleType(ImmutableArray<TypeConstraint> Elements) : TypeConstraint
{
    public override string ToString() => "tuple([" + string.Join(", ", Elements) + "])";
}
