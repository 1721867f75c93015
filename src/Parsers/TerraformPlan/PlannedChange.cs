using PolicyScan.Parsers.Json;

namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>
/// One entry of the plan's <c>resource_changes</c>: what apply will do to the resource (its <c>actions</c>) and which
/// parts of its planned value are known only after apply (<c>after_unknown</c>) or sensitive (<c>after_sensitive</c>).
/// </summary>
internal sealed record PlannedChange(string Action, JsonNode? AfterUnknown, JsonNode? AfterSensitive)
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Replace = "replace";
    public const string NoOp = "no-op";
    public const string Read = "read";
    public const string Delete = "delete";

    public bool IsChange => Action is Create or Update or Replace;

    /// <summary>Terraform's action lists: <c>["create"]</c>, <c>["delete", "create"]</c> (replace), <c>["no-op"]</c>, ...</summary>
    public static string ActionOf(JsonNode? actions)
    {
        var names = actions is JsonArray array ? array.Items.OfType<JsonString>().Select(s => s.Value).ToList() : [];
        return names switch
        {
            [Delete, Create] or [Create, Delete] => Replace,
            [var single] => single,
            [] => NoOp,
            _ => string.Join("+", names),
        };
    }
}
