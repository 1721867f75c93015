namespace PolicyScan.Parsers.Hcl.Syntax;

/// <summary>Binary operators, lowest precedence first in the spec's table (||, &amp;&amp;, ==/!=, comparisons, +/-, */%).</summary>
public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}
