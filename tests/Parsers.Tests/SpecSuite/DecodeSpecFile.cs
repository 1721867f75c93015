using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>A <c>.hcldec</c> file: its root spec and the variables it predefines for the input's expressions.</summary>
internal sealed record DecodeSpecFile(DecodeSpec Root, IReadOnlyDictionary<string, Value> Variables);
