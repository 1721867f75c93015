using PolicyScan.Parsers.Graph;

namespace PolicyScan.Policies.Model.Aws.Iam;

/// <summary>What policies ask of statements: is it open to everyone, does it grant an action, is it restricted.</summary>
public static class StatementAnalysis
{
    /// <summary>An Allow statement whose principal includes everyone.</summary>
    public static PolicyPrincipal? PublicPrincipal(this PolicyStatement statement) =>
        statement.IsAllow ? statement.Principals.FirstOrDefault(p => p.IsEveryone) : null;

    /// <summary>
    /// An Allow with NotPrincipal grants everyone except the listed principals: public as well.
    /// </summary>
    public static bool IsPublicThroughNotPrincipal(this PolicyStatement statement) =>
        statement.IsAllow && !statement.NotPrincipals.IsEmpty;

    /// <summary>Whether some condition restricts the statement to a network, organisation, account or source.</summary>
    public static bool IsRestrictedByCondition(this PolicyStatement statement) => statement.Conditions.Any(c => c.Restricts);

    /// <summary>Whether some condition cannot be judged because part of it is unknown.</summary>
    public static bool HasUnknownCondition(this PolicyStatement statement) => statement.Conditions.Any(c => c.IsUnknown);

    /// <summary>
    /// Whether the statement's actions include <paramref name="action"/> (wildcards in the statement expand:
    /// <c>s3:*</c> and <c>s3:Get*</c> grant <c>s3:GetObject</c>; <c>NotAction</c> grants everything it does not name).
    /// </summary>
    public static bool Grants(this PolicyStatement statement, string action)
    {
        if (!statement.NotActions.IsEmpty)
        {
            return !statement.NotActions.Any(a => a.AsString() is { } pattern && WildcardMatches(pattern, action));
        }

        return statement.Actions.Any(a => a.AsString() is { } pattern && WildcardMatches(pattern, action));
    }

    /// <summary>The first action element that is "*" or a service-wide wildcard like "s3:*".</summary>
    public static Value? ServiceWildcard(this PolicyStatement statement) =>
        statement.Actions.FirstOrDefault(a => a.AsString() is { } s && (s == "*" || s.EndsWith(":*", StringComparison.Ordinal)));

    /// <summary>Whether the resources include "*" (or NotResource is used, which means nearly everything).</summary>
    public static Value? WildcardResource(this PolicyStatement statement) =>
        statement.Resources.FirstOrDefault(r => r.AsString() == "*") ?? (statement.NotResources.IsEmpty ? null : statement.NotResources[0]);

    /// <summary>IAM's wildcard matching: <c>*</c> any run, <c>?</c> one character, case-insensitive.</summary>
    public static bool WildcardMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Whether any element that matters is unknown, so "no problem found" cannot be concluded.</summary>
    public static bool HasUnknownParts(this PolicyStatement statement) =>
        statement.Effect.IsUnknown || statement.Actions.Any(a => a.IsUnknown) || statement.Principals.Any(p => p.Identifier.IsUnknown) || statement.HasUnknownCondition();
}
