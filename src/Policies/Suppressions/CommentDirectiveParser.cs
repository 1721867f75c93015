using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PolicyScan.Parsers.Hcl.Syntax;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// Reads the suppression directives of one HCL comment. The comment comes from the HCL lexer's trivia, so text inside a
/// string or heredoc that merely looks like a comment never gets here. Each line of the comment's body is read on its
/// own, so a block comment may hold several directives.
/// </summary>
/// <remarks>
/// The foreign syntaxes follow their tools' documentation:
/// Checkov "Suppressing and Skipping Policies" (checkov.io/2.Basics): <c>checkov:skip=&lt;check_id&gt;:&lt;suppression_comment&gt;</c>
/// inside the block's scope, the comment being optional;
/// tfsec "Ignoring Checks" (aquasecurity.github.io/tfsec/latest/guides/configuration/ignores): <c>tfsec:ignore:&lt;rule&gt;</c> on the
/// offending line or the line above the block, several per line, <c>:exp:yyyy-mm-dd</c> after which it is deactivated;
/// Trivy's "By Inline Comments" filtering (aquasecurity/trivy docs/docs/configuration/filtering.md, PR 4024): <c>trivy:ignore:&lt;id&gt;</c>
/// with the AVD id or the long id, and the same <c>:exp:</c>;
/// KICS comments as its users write them (Checkmarx/kics issues 6599, 6917, 7054): <c># kics-scan ignore-line</c>,
/// <c># kics-scan ignore-block</c>, <c># kics-scan ignore</c> and <c># kics-scan disable=&lt;query id&gt;,...</c>.
/// </remarks>
internal static partial class CommentDirectiveParser
{
    /// <summary>Whether the comment could hold a directive at all: most comments do not, and are skipped cheaply.</summary>
    public static bool MayHoldDirective(string text) =>
        text.Contains("policyscan:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("checkov:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("tfsec:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("trivy:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("kics-scan", StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<SuppressionDirective> Parse(Comment comment)
    {
        if (!MayHoldDirective(comment.Text))
        {
            return [];
        }

        var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
        var block = comment.Text.StartsWith("/*", StringComparison.Ordinal);
        foreach (var line in BodyLines(comment.Text))
        {
            var before = directives.Count;
            ParseLine(line, comment, directives);

            // In a block comment, the lines after our directive continue its reason, as people wrap long reasons.
            if (block && directives.Count == before && line.Length > 0 && before > 0 && directives[^1].Namespace == IdNamespace.PolicyScan)
            {
                var last = directives[^1];
                directives[^1] = last with { Reason = last.Reason is null ? line : last.Reason + " " + line };
            }
        }

        return directives.ToImmutable();
    }

    /// <summary>The text of the comment without its markers, line by line (a block comment's leading <c>*</c> removed).</summary>
    private static IEnumerable<string> BodyLines(string text)
    {
        string body;
        var block = false;
        if (text.StartsWith("/*", StringComparison.Ordinal))
        {
            block = true;
            body = text.EndsWith("*/", StringComparison.Ordinal) && text.Length >= 4 ? text[2..^2] : text[2..];
        }
        else
        {
            body = text.StartsWith("//", StringComparison.Ordinal) ? text[2..] : text.TrimStart('#');
        }

        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.Trim();
            yield return block ? trimmed.TrimStart('*').Trim() : trimmed;
        }
    }

    private static void ParseLine(string line, Comment comment, ImmutableArray<SuppressionDirective>.Builder directives)
    {
        var ours = OursPattern().Match(line);
        if (ours.Success)
        {
            directives.Add(Ours(ours, comment));
            return;
        }

        var kics = KicsPattern().Match(line);
        if (kics.Success)
        {
            if (Kics(kics, comment) is { } directive)
            {
                directives.Add(directive);
            }

            return;
        }

        foreach (Match checkov in CheckovPattern().Matches(line))
        {
            directives.Add(new SuppressionDirective
            {
                Source = SuppressionSources.CheckovComment,
                Kind = SuppressionKind.Foreign,
                Namespace = IdNamespace.Checkov,
                Ids = [checkov.Groups["id"].Value],
                Reason = ReasonOrNull(checkov.Groups["reason"].Value.Trim().Trim('"', '\'')),
                Location = comment.Range,
            });
        }

        foreach (Match aqua in AquaPattern().Matches(line))
        {
            var tool = aqua.Groups["tool"].Value.ToLowerInvariant();
            var expiry = aqua.Groups["exp"];
            var (expires, invalid) = expiry.Success ? ParseDate(expiry.Value) : (null, null);
            directives.Add(new SuppressionDirective
            {
                Source = tool == "tfsec" ? SuppressionSources.TfsecComment : SuppressionSources.TrivyComment,
                Kind = SuppressionKind.Foreign,
                Namespace = tool == "tfsec" ? IdNamespace.Tfsec : IdNamespace.Trivy,
                Ids = [aqua.Groups["id"].Value],
                Reason = $"waived for {(tool == "tfsec" ? "tfsec" : "Trivy")} without a reason",
                HasNoReasonSlot = true,
                Expires = expires,
                InvalidExpiry = invalid,
                Location = comment.Range,
            });
        }
    }

    private static SuppressionDirective Ours(Match match, Comment comment)
    {
        var ids = match.Groups["ids"].Success
            ? [.. match.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : ImmutableArray<string>.Empty;
        var rest = match.Groups["rest"].Value;
        DateOnly? expires = null;
        string? invalid = null;
        var expiry = ExpiryPattern().Match(rest);
        if (expiry.Success)
        {
            (expires, invalid) = ParseDate(expiry.Groups["date"].Value);
            rest = rest.Remove(expiry.Index, expiry.Length);
        }

        return new SuppressionDirective
        {
            Source = SuppressionSources.PolicyScanComment,
            Kind = SuppressionKind.Inline,
            Namespace = IdNamespace.PolicyScan,
            Ids = ids,
            Reason = ReasonOrNull(rest.Trim().TrimStart(':', '-', '\u2014').Trim()),
            Expires = expires,
            InvalidExpiry = invalid,
            Location = comment.Range,
        };
    }

    private static SuppressionDirective? Kics(Match match, Comment comment)
    {
        var command = match.Groups["command"].Value.ToLowerInvariant();
        var (scope, space, ids) = command switch
        {
            "ignore-line" => (DirectiveScope.NextLine, IdNamespace.AllKics, ImmutableArray.Create("ignore-line")),
            "ignore-block" => (DirectiveScope.Resource, IdNamespace.AllKics, ImmutableArray.Create("ignore-block")),
            "ignore" => (DirectiveScope.File, IdNamespace.AllKics, ImmutableArray.Create("ignore")),
            _ when command.StartsWith("disable=", StringComparison.Ordinal) =>
                (DirectiveScope.File, IdNamespace.Kics, [.. match.Groups["command"].Value["disable=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]),
            _ => (DirectiveScope.File, IdNamespace.Kics, ImmutableArray<string>.Empty),
        };

        // enable= selects queries rather than waiving them; ignore-comment is KICS's own bookkeeping. Neither suppresses.
        if (command.StartsWith("enable=", StringComparison.Ordinal) || command == "ignore-comment")
        {
            return null;
        }

        return new SuppressionDirective
        {
            Source = SuppressionSources.KicsComment,
            Kind = SuppressionKind.Foreign,
            Namespace = space,
            Ids = ids,
            Reason = "waived for KICS without a reason",
            HasNoReasonSlot = true,
            Scope = scope,
            Location = comment.Range,
        };
    }

    internal static (DateOnly? Date, string? Invalid) ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, text);

    private static string? ReasonOrNull(string reason) => reason.Length == 0 ? null : reason;

    [GeneratedRegex(@"^policyscan:ignore(?=\s|$)(?:\s+(?<ids>[A-Za-z0-9_.\-]+(?:\s*,\s*[A-Za-z0-9_.\-]+)*))?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OursPattern();

    [GeneratedRegex(@"(?:^|\s)exp:(?<date>\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpiryPattern();

    [GeneratedRegex(@"^kics-scan\s+(?<command>\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KicsPattern();

    [GeneratedRegex(@"checkov:skip=(?<id>[A-Za-z0-9_]+)(?::(?<reason>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckovPattern();

    [GeneratedRegex(@"(?<tool>tfsec|trivy):ignore:(?<id>[A-Za-z0-9_\-]+)(?::exp:(?<exp>[^\s:]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AquaPattern();
}
