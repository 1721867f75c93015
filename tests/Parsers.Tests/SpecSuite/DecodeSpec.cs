using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Hcl.Types;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// One node of an <c>hcldec</c> specification (cmd/hcldec/spec-format.md): how to turn a body into a value, and
/// which attributes and blocks that body may hold. Read from a <c>.hcldec</c> file by <see cref="DecodeSpecReader"/>.
/// </summary>
internal abstract record DecodeSpec;

/// <summary><c>object</c>: an object whose properties are the results of the named nested specs.</summary>
internal sealed record ObjectSpec(ImmutableArray<KeyValuePair<string, DecodeSpec>> Properties) : DecodeSpec;

/// <summary><c>array</c>: a tuple of the nested specs' results, in order.</summary>
internal sealed record ArraySpec(ImmutableArray<DecodeSpec> Elements) : DecodeSpec;

/// <summary><c>attr</c>: the value of one attribute, converted to <see cref="Type"/>; null when absent.</summary>
internal sealed record AttributeSpec(string Name, TypeConstraint Type, bool Required) : DecodeSpec;

/// <summary><c>block</c>: the nested spec applied to the only block of a type; null when there is none.</summary>
internal sealed record BlockSpec(string BlockType, bool Required, DecodeSpec Nested) : DecodeSpec;

/// <summary><c>block_list</c> and <c>block_set</c>: the nested spec applied to each block of a type.</summary>
internal sealed record BlockListSpec(string BlockType, int MinItems, int MaxItems, bool IsSet, DecodeSpec Nested) : DecodeSpec;

/// <summary><c>block_map</c>: nested objects keyed by the blocks' labels, one level per label name.</summary>
internal sealed record BlockMapSpec(string BlockType, ImmutableArray<string> LabelNames, DecodeSpec Nested) : DecodeSpec;

/// <summary><c>block_attrs</c>: the attributes of the only block of a type, as a map of <see cref="ElementType"/>.</summary>
internal sealed record BlockAttributesSpec(string BlockType, TypeConstraint ElementType, bool Required) : DecodeSpec;

/// <summary><c>literal</c>: a constant.</summary>
internal sealed record LiteralSpec(Value Value) : DecodeSpec;

/// <summary><c>default</c>: <see cref="Primary"/>'s result, or <see cref="Fallback"/>'s where that is null.</summary>
internal sealed record DefaultSpec(DecodeSpec Primary, DecodeSpec Fallback) : DecodeSpec;

/// <summary><c>transform</c>: <see cref="Result"/> evaluated with <c>nested</c> bound to the wrapped spec's result.</summary>
internal sealed record TransformSpec(DecodeSpec Wrapped, Expression Result) : DecodeSpec;
