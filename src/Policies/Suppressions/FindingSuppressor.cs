using System.Collections.Immutable;
using System.Globalization;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// Applies suppressions to a scan's findings: a failed or unknown finding that a working suppression covers becomes
/// <see cref="ResultStatus.Suppressed"/>, keeping its original status and the suppression (who, why, until when, where)
/// as evidence. Suppressions that expired, give no reason, name no known policy or are malformed are reported as
/// warnings located at the comment, metadata entry or configuration entry.
/// </summary>
/// <remarks>
/// Where a suppression may be written, per syntax (Terraform):
/// ours and tfsec's and Trivy's inside the resource block or in the comment lines directly above its header (of the
/// resource the finding is on, or of the resource whose block holds the finding's location); Checkov's
/// inside the block (its documented scope); KICS's ignore-line on the line before the finding, ignore-block above the
/// header, ignore and disable= anywhere in the file. A comment in a module's source covers every instance of the
/// resource. When several suppressions cover a finding, the first working one is recorded: configured, then those in the
/// code in the order they are written.
/// Foreign suppressions whose ids map to none of our policies are ignored silently: they are the other tool's business.
/// </remarks>
public static class FindingSuppressor
{
    public static ScanResult Apply(ScanResult result, SuppressionOptions options)
    {
        var map = new PolicyIdMap(options.KnownPolicies);
        var warnings = new SuppressionWarnings();
        var configured = options.Configured.SelectMany(rule => Configured(rule, map, options.Today, warnings)).ToImmutableArray();
        var indexes = new Dictionary<SourceFile, HclCommentIndex?>(ReferenceEqualityComparer.Instance);
        var perResource = new Dictionary<Resource, ImmutableArray<SuppressionCandidate>>(ReferenceEqualityComparer.Instance);

        ImmutableArray<SuppressionCandidate> WrittenFor(Resource resource)
        {
            if (!perResource.TryGetValue(resource, out var written))
            {
                written = [.. WrittenDirectives(resource, options, indexes).SelectMany(d => Resolve(d, map, options.Today, warnings))];
                perResource[resource] = written;
            }

            return written;
        }

        var blocks = new ResourceBlocks(result.Graph);
        var findings = ImmutableArray.CreateBuilder<Finding>(result.Findings.Length);
        foreach (var finding in result.Findings)
        {
            var written = WrittenFor(finding.Resource);

            // A finding located in another resource's block (a bucket's public ACL, found at the split aws_s3_bucket_acl)
            // is waived by a suppression written there too, where the reader of the finding sees it.
            if (blocks.Enclosing(finding) is { } block)
            {
                written = written.AddRange(WrittenFor(block));
            }

            findings.Add(Suppress(finding, configured, written));
        }

        var diagnostics = warnings.InOrder().ToImmutableArray();
        return result with
        {
            Findings = findings.MoveToImmutable(),
            Graph = diagnostics.IsEmpty ? result.Graph : result.Graph with { Diagnostics = result.Graph.Diagnostics.AddRange(diagnostics) },
        };
    }

    private static Finding Suppress(Finding finding, ImmutableArray<SuppressionCandidate> configured, ImmutableArray<SuppressionCandidate> written)
    {
        if (finding.Status is not (ResultStatus.Failed or ResultStatus.Unknown))
        {
            return finding;
        }

        var match = configured.Concat(written).FirstOrDefault(c => !c.Expired && c.Applies(finding));
        return match is null
            ? finding
            : finding with { Status = ResultStatus.Suppressed, OriginalStatus = finding.Status, Suppression = match.Suppression };
    }

    /// <summary>The directives written in the code for <paramref name="resource"/>, as far as the options let them apply.</summary>
    private static IEnumerable<SuppressionDirective> WrittenDirectives(Resource resource, SuppressionOptions options, Dictionary<SourceFile, HclCommentIndex?> indexes)
    {
        if (!options.Inline)
        {
            return [];
        }

        var directives = resource.Format switch
        {
            // A plan resource located in its configuration's .tf files takes the suppressions written there.
            SourceFormat.Terraform or SourceFormat.TerraformPlan => TerraformDirectives(resource, indexes),
            SourceFormat.CloudFormation => MetadataDirectiveReader.Ours(resource.Metadata).Concat(MetadataDirectiveReader.Checkov(resource.Metadata)),
            _ => [],
        };
        return options.Foreign ? directives : directives.Where(d => d.Kind != SuppressionKind.Foreign);
    }

    private static IEnumerable<SuppressionDirective> TerraformDirectives(Resource resource, Dictionary<SourceFile, HclCommentIndex?> indexes)
    {
        if (resource.DeclarationRange.File is not { } file)
        {
            return [];
        }

        if (!indexes.TryGetValue(file, out var index))
        {
            index = HclCommentIndex.For(file);
            indexes[file] = index;
        }

        if (index is null)
        {
            return [];
        }

        var above = index.Above(resource.DeclarationRange)
            .Where(d => d.Scope != DirectiveScope.File && d.Namespace != IdNamespace.Checkov);
        var inside = index.Inside(resource.Range)
            .Where(d => d.Scope == DirectiveScope.NextLine || (d.Scope == DirectiveScope.Resource && d.Namespace != IdNamespace.AllKics));
        var fileWide = index.All.Where(d => d.Scope == DirectiveScope.File);
        return above.Concat(inside).Concat(fileWide);
    }

    /// <summary>A directive's candidates, one per id that maps to a policy, and the warnings it earns.</summary>
    private static IEnumerable<SuppressionCandidate> Resolve(SuppressionDirective directive, PolicyIdMap map, DateOnly today, SuppressionWarnings warnings)
    {
        if (directive.Ids.IsEmpty)
        {
            warnings.Add(DiagnosticCatalog.SuppressionMalformed, directive.Location, directive.Source, "it names no policy");
            return [];
        }

        var resolved = directive.Ids.Select(id => (Id: id, Policies: map.Resolve(directive.Namespace, id))).ToList();
        if (directive.Namespace == IdNamespace.PolicyScan)
        {
            foreach (var unknown in resolved.Where(r => r.Policies.IsEmpty))
            {
                warnings.Add(DiagnosticCatalog.SuppressionUnknownPolicy, directive.Location, directive.Source, unknown.Id);
            }
        }

        var mapped = resolved.Where(r => !r.Policies.IsEmpty).ToList();
        if (mapped.Count == 0)
        {
            return [];
        }

        var named = string.Join(", ", mapped.Select(r => r.Id));
        if (directive.InvalidExpiry is { } invalid)
        {
            warnings.Add(DiagnosticCatalog.SuppressionInvalidExpiry, directive.Location, directive.Source, named, invalid);
            return [];
        }

        if (directive.Reason is null || directive.HasNoReasonSlot)
        {
            warnings.AddWithoutReason(directive.Location, directive.Source, mapped.Select(r => r.Id));
        }

        var expired = directive.Expires < today;
        if (expired)
        {
            warnings.Add(DiagnosticCatalog.SuppressionExpired, directive.Location, directive.Source, named, Format(directive.Expires!.Value));
        }

        Func<Finding, bool>? condition = directive.Scope == DirectiveScope.NextLine ? OnLineAfter(directive.Location) : null;
        return mapped.Select(r => new SuppressionCandidate(
            new Suppression
            {
                Kind = directive.Kind,
                Source = directive.Source,
                NamedId = r.Id,
                Reason = directive.Reason,
                Author = directive.Author,
                Expires = directive.Expires,
                Location = directive.Location,
            },
            [.. r.Policies.Select(p => p.Id)],
            expired,
            condition));
    }

    private static Func<Finding, bool> OnLineAfter(SourceRange comment)
    {
        var line = comment.EndPosition.Line + 1;
        return finding => ReferenceEquals(finding.Location.File, comment.File) && finding.Location.StartPosition.Line == line;
    }

    private static IEnumerable<SuppressionCandidate> Configured(ConfiguredSuppression configured, PolicyIdMap map, DateOnly today, SuppressionWarnings warnings)
    {
        var rule = configured.Rule;
        var policies = new List<(string Named, PolicyMetadata Policy)>();
        foreach (var written in rule.Policies)
        {
            if (map.Ours(written) is { } policy)
            {
                policies.Add((written, policy));
            }
            else
            {
                warnings.Add(DiagnosticCatalog.SuppressionUnknownPolicy, rule.Location, SuppressionSources.Configuration, written);
            }
        }

        if (policies.Count == 0)
        {
            if (rule.Policies.IsEmpty)
            {
                warnings.Add(DiagnosticCatalog.SuppressionMalformed, rule.Location, SuppressionSources.Configuration, "it names no policy");
            }

            return [];
        }

        var named = string.Join(", ", policies.Select(p => p.Named));
        if (string.IsNullOrWhiteSpace(rule.Reason))
        {
            warnings.AddWithoutReason(rule.Location, SuppressionSources.Configuration, policies.Select(p => p.Named));
        }

        var expired = rule.Expires < today;
        if (expired)
        {
            warnings.Add(DiagnosticCatalog.SuppressionExpired, rule.Location, SuppressionSources.Configuration, named, Format(rule.Expires!.Value));
        }

        bool Covers(Finding finding) =>
            (rule.Paths.IsEmpty || (PathOf(finding) is { } path && configured.MatchesPath(path)))
            && (rule.Resources.IsEmpty || rule.Resources.Any(address => AddressCovers(address, finding.Resource.Address)));

        return policies.Select(p => new SuppressionCandidate(
            new Suppression
            {
                Kind = SuppressionKind.Configuration,
                Source = SuppressionSources.Configuration,
                NamedId = p.Named,
                Reason = string.IsNullOrWhiteSpace(rule.Reason) ? null : rule.Reason,
                Author = rule.Author,
                Expires = rule.Expires,
                Location = rule.Location,
            },
            [p.Policy.Id],
            expired,
            Covers));
    }

    private static string? PathOf(Finding finding) => finding.Location.File?.Path ?? finding.Resource.DeclarationRange.File?.Path;

    /// <summary>
    /// An address covers itself, its instances (<c>aws_s3_bucket.b</c> covers <c>aws_s3_bucket.b["x"]</c>) and, for a
    /// module address, what the module holds (<c>module.net</c> covers <c>module.net.aws_subnet.a</c>).
    /// </summary>
    private static bool AddressCovers(string written, string address) =>
        string.Equals(written, address, StringComparison.Ordinal)
        || (address.StartsWith(written, StringComparison.Ordinal) && address.Length > written.Length && address[written.Length] is '[' or '.');

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
