using System.Globalization;
using System.Text.Json.Nodes;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Configuration;

/// <summary>
/// What the schema cannot say: that every policy named exists (by id or name, with the closest one suggested), and that
/// an expiry written YYYY-MM-DD is a day of the calendar. Reads only values of the right type, so a document with
/// schema errors gets these checks too and every mistake is reported at once.
/// </summary>
internal static class ConfigurationSemantics
{
    public static IEnumerable<Diagnostic> Check(YamlJsonDocument document, IEnumerable<Policy> catalogue)
    {
        var known = catalogue.SelectMany(p => new[] { p.Metadata.Id, p.Metadata.Name }).ToList();
        var diagnostics = new List<Diagnostic>();
        void CheckPolicy(string pointer, string? name, bool atKey)
        {
            if (name is { Length: > 0 } && !known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var hint = Suggestions.Closest(name, known) is { } suggestion
                    ? $" (did you mean '{suggestion}'?)"
                    : "; 'policyscan list-policies' lists the ids and names";
                diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.ConfigurationUnknownPolicy, document.RangeOf(pointer, atKey), name, hint));
            }
        }

        if ((document.Root as JsonObject)?["policies"] is JsonObject policies)
        {
            foreach (var list in new[] { "enable", "skip" })
            {
                foreach (var (index, name) in Strings(policies[list]))
                {
                    CheckPolicy($"/policies/{list}/{index}", name, atKey: false);
                }
            }

            if (policies["severity"] is JsonObject severities)
            {
                foreach (var (name, _) in severities)
                {
                    CheckPolicy(YamlJsonDocument.Append("/policies/severity", name), name, atKey: true);
                }
            }
        }

        if ((document.Root as JsonObject)?["suppressions"] is JsonArray suppressions)
        {
            for (var i = 0; i < suppressions.Count; i++)
            {
                if (suppressions[i] is not JsonObject suppression)
                {
                    continue;
                }

                var pointer = $"/suppressions/{i}";
                if (AsString(suppression["policy"]) is { } single)
                {
                    CheckPolicy(pointer + "/policy", single, atKey: false);
                }

                foreach (var (index, name) in Strings(suppression["policy"]))
                {
                    CheckPolicy($"{pointer}/policy/{index}", name, atKey: false);
                }

                if (AsString(suppression["expires"]) is { Length: 10 } expires
                    && expires.All(c => char.IsAsciiDigit(c) || c == '-') && expires[4] == '-' && expires[7] == '-'
                    && !DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.ConfigurationInvalidDate, document.RangeOf(pointer + "/expires"), ConfigurationPaths.Display(pointer + "/expires"), expires));
                }
            }
        }

        return diagnostics;
    }

    public static string? AsString(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IEnumerable<(int Index, string Text)> Strings(JsonNode? node) =>
        node is JsonArray array
            ? array.Select((item, index) => (index, AsString(item))).Where(p => p.Item2 is not null).Select(p => (p.index, p.Item2!))
            : [];
}
