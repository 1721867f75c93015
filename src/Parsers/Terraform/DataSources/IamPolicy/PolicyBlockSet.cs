using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Terraform.DataSources.IamPolicy;

/// <summary>
/// The <c>principals</c>, <c>not_principals</c> or <c>condition</c> blocks of a statement: the known blocks,
/// the blocks that cannot be known (<see cref="UnknownItems"/>, e.g. a dynamic block's element), or
/// <see cref="Unknown"/> when the collection as a whole cannot be known or has the wrong shape.
/// </summary>
internal sealed class PolicyBlockSet<T>(ImmutableArray<T> items, ImmutableArray<UnknownValue> unknownItems = default, UnknownValue? unknown = null)
{
    public ImmutableArray<T> Items { get; } = items.IsDefault ? [] : items;

    public ImmutableArray<UnknownValue> UnknownItems { get; } = unknownItems.IsDefault ? [] : unknownItems;

    public UnknownValue? Unknown { get; } = unknown;

    public bool IsEmpty => Items.IsEmpty && UnknownItems.IsEmpty && Unknown is null;
}
