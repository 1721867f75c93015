namespace PolicyScan.Parsers.Diagnostics;

/// <summary>Terraform plan JSON (<c>terraform show -json</c>): PLAN7xxx.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor PlanInvalidShape = new("PLAN7001", DiagnosticSeverity.Error, "invalid plan: {0}");

    public static readonly DiagnosticDescriptor PlanErrored = new("PLAN7002", DiagnosticSeverity.Warning, "the plan records that planning failed (\"errored\": true); its planned values may be incomplete");

    public static readonly DiagnosticDescriptor PlanSourceMissing = new("PLAN7003", DiagnosticSeverity.Info, "the configuration of this plan was not found ({0}); findings are located in the plan JSON (give --plan-source DIR to locate them in the .tf files)");
}
