using PolicyScan.Parsers.Json;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// A plan is recognised by content, not by name: a JSON object with <c>format_version</c> and <c>planned_values</c> or
/// <c>resource_changes</c>, as <c>terraform show -json PLANFILE</c> (and OpenTofu's) writes it. State files
/// (<c>values</c> without <c>planned_values</c>) are not plans.
/// </summary>
public static class PlanRecognizer
{
    public static bool IsPlan(JsonNode? root) =>
        root is JsonObject plan
        && plan["format_version"] is JsonString
        && (plan["planned_values"] is JsonObject || plan["resource_changes"] is JsonArray);

    /// <summary>A cheap look at the text, so that other JSON (templates, packages) is not parsed a second time.</summary>
    public static bool MayBePlan(string text) =>
        text.Contains("\"format_version\"", StringComparison.Ordinal)
        && (text.Contains("\"planned_values\"", StringComparison.Ordinal) || text.Contains("\"resource_changes\"", StringComparison.Ordinal));
}
