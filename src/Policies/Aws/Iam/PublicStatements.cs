using PolicyScan.Parsers.Graph;
using PolicyScan.Policies.Engine;
using PolicyScan.Policies.Model.Aws.Iam;

namespace PolicyScan.Policies.Aws.Iam;

/// <summary>The shared judgement of resource and trust policies: which statements let anyone in.</summary>
internal static class PublicStatements
{
    /// <summary>
    /// Fails each Allow statement open to everyone (Principal "*", an AWS principal in any account, or NotPrincipal)
    /// without a restricting condition; reports unknown where an unknown condition, principal or statement could
    /// make the document public.
    /// </summary>
    public static void Check(PolicyDocument document, PolicyCheck check, string subject, string documentName)
    {
        var unsure = false;
        foreach (var statement in document.Statements)
        {
            var principal = statement.PublicPrincipal();
            var notPrincipal = statement.IsPublicThroughNotPrincipal();
            var couldAllow = statement.IsAllow || statement.Effect.IsUnknown;
            if (!couldAllow || statement.IsRestricted())
            {
                continue;
            }

            var actions = string.Join(", ", statement.Actions.Select(a => a.AsString() ?? "(unknown)"));
            var who = notPrincipal ? "everyone except the NotPrincipal list" : "Principal \"*\"";
            if (principal is not null || notPrincipal)
            {
                if (statement.HasUndecidedCondition() || statement.Effect.IsUnknown)
                {
                    check.Unknown(principal?.Identifier ?? Location(statement, document), $"{subject} {documentName} allows {actions} to {who} in {statement.Label} with a condition or effect that is only known after apply");
                    unsure = true;
                }
                else
                {
                    check.Fail(principal?.Identifier ?? Location(statement, document), $"{subject} {documentName} allows {actions} to {who} in {statement.Label} with no restricting condition");
                }

                continue;
            }

            // An unknown principal that names one resource or the stack's account cannot be everyone; an unset input can.
            if (statement.Principals.FirstOrDefault(p => p.MayBeEveryone && p.Type is "*" or "AWS") is { } unknownPrincipal && !statement.HasUndecidedCondition())
            {
                check.Unknown(unknownPrincipal.Identifier, $"{subject} {documentName} allows {actions} in {statement.Label} to a principal that is only known after apply");
                unsure = true;
            }
        }

        if (!unsure && document.HasUnreadStatements())
        {
            check.Unknown(document.Source, $"{subject} has a {documentName} whose statements are only known after apply");
        }
    }

    private static Value Location(PolicyStatement statement, PolicyDocument document) =>
        new MissingValue(statement.Range.IsNone ? document.Source.Range : statement.Range);
}
