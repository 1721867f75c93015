using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// An IAM or resource policy document, read from wherever it was written (literal JSON, a heredoc, <c>jsonencode</c>,
/// <c>data.aws_iam_policy_document</c>). <see cref="IsComplete"/> is false when some part could not be known: the
/// statements then hold only what is known, and a check must not conclude "passes" from an incomplete document.
/// </summary>
public sealed record PolicyDocument(Value Source, ImmutableArray<PolicyStatement> Statements, bool IsComplete)
{
    public static PolicyDocument Unknown(Value source) => new(source, [], false);
}
