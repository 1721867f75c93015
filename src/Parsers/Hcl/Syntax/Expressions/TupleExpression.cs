using System.Collections.Immutable;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Hcl.Syntax;

public sealed record TupleExpression(ImmutableArray<Expression> Elements, SourceRange Range) : Expression(Range);
