using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Parsers.Hcl.Evaluation;

/// <summary>
/// Resolves the variables an expression refers to. A scope may consume more than the root name: Terraform
/// resolves <c>aws_s3_bucket.b.arn</c> as one unit so that an attribute the configuration does not set
/// becomes an unknown value that remembers the resource it came from.
/// </summary>
public interface IEvaluationScope
{
    /// <summary>
    /// Resolves <paramref name="traversal"/>'s root and any leading steps it understands.
    /// Returns false when the root name is not defined here.
    /// </summary>
    bool TryResolve(ScopeTraversalExpression traversal, ExpressionEvaluator evaluator, out Value value, out int consumedSteps);
}
