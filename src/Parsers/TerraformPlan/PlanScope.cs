namespace PolicyScan.Parsers.TerraformPlan;

/// <summary>Which resources of a plan are judged. Resources being deleted are never judged.</summary>
public enum PlanScope
{
    /// <summary>Everything the plan leaves in place after apply: created, updated, replaced and unchanged resources.</summary>
    All,

    /// <summary>Only what the plan changes: created, updated and replaced resources (<c>--plan-scope changed</c>).</summary>
    Changed,
}
