using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary><c>name(args...)</c>; <see cref="ExpandFinal"/> is the trailing <c>...</c> that spreads the last argument.</summary>
public sealed record FunctionCallExpression(Identifier Name, ImmutableArray<Expression> Arguments, bool ExpandFinal, SourceRange Range) : Expression(Range);
