using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>
/// Questions about what an incomplete policy document may hide, and conditions that restrict who can use a
/// statement beyond those <see cref="PolicyCondition.Restricts"/> knows.
/// </summary>
public static class DocumentGaps
{
    /// <summary>
    /// Whether the document may hold statements that could not be read at all: the whole document is unknown, or a
    /// statement is (an unknown element of a <c>jsonencode</c> statement list, an unknown source document of a
    /// <c>data.aws_iam_policy_document</c>). Unknown parts inside read statements are the caller's to judge.
    /// </summary>
    public static bool HasUnreadStatements(this PolicyDocument document)
    {
        if (document.IsComplete)
        {
            return false;
        }

        if (document.Statements.IsEmpty)
        {
            return true;
        }

        return document.Source switch
        {
            UnknownValue { Partial: ListValue view } => view.Items.Any(item => item is not MapValue),
            UnknownValue { Partial: MapValue structure } => StatementItems(structure).Any(item => item is not MapValue),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a condition ties the statement to known callers: those <see cref="PolicyCondition.Restricts"/>
    /// accepts, plus <c>sts:ExternalId</c> (a trust policy for a third party) and <c>aws:SourceOwner</c> (SNS's own
    /// account condition), judged by the same rules (positive operator, concrete values). A value computed from
    /// another resource of the configuration (<c>aws_sns_topic.jobs.arn</c>) counts as concrete: an attribute of
    /// one resource is never "*".
    /// </summary>
    public static bool IsRestricted(this PolicyStatement statement) =>
        statement.Conditions.Select(WithComputedValues).Any(condition => condition.Restricts || (ExtraKey(condition) && AsAccountCondition(condition).Restricts));

    /// <summary>Whether a condition that is not judged restricting has a part known only after apply.</summary>
    public static bool HasUndecidedCondition(this PolicyStatement statement) =>
        statement.Conditions.Select(WithComputedValues).Any(condition => condition.IsUnknown);

    private static PolicyCondition WithComputedValues(PolicyCondition condition) =>
        condition.Values.Any(IsResourceAttribute)
            ? condition with { Values = [.. condition.Values.Select(v => IsResourceAttribute(v) ? new StringValue("(computed)", v.Range) : v)] }
            : condition;

    private static bool IsResourceAttribute(Value value) =>
        value is UnknownValue { References.Length: > 0 } unknown && unknown.References.All(r => !r.Address.StartsWith("var.", StringComparison.Ordinal));

    private static bool ExtraKey(PolicyCondition condition) =>
        condition.Key.AsString() is { } key && (key.Equals("sts:ExternalId", StringComparison.OrdinalIgnoreCase) || key.Equals("aws:SourceOwner", StringComparison.OrdinalIgnoreCase));

    /// <summary>The same condition on a key the catalogue knows, so that its operator and values are judged alike.</summary>
    private static PolicyCondition AsAccountCondition(PolicyCondition condition) =>
        condition with { Key = new StringValue("aws:SourceAccount", condition.Key.Range) };

    private static IEnumerable<Value> StatementItems(MapValue document)
    {
        foreach (var (key, value) in document.Entries)
        {
            if (key.Equals("Statement", StringComparison.OrdinalIgnoreCase))
            {
                return value is ListValue list ? list.Items : [value];
            }
        }

        return [];
    }
}
