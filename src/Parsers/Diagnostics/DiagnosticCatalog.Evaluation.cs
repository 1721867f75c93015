namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Evaluation problems are warnings: the configuration is readable, and the value becomes unknown.
    public static readonly DiagnosticDescriptor UnknownFunction = new("HCL3001", DiagnosticSeverity.Warning, "there is no function named \"{0}\"");

    public static readonly DiagnosticDescriptor FunctionCallFailed = new("HCL3002", DiagnosticSeverity.Warning, "invalid call to {0}(): {1}");

    public static readonly DiagnosticDescriptor WrongArgumentCount = new("HCL3003", DiagnosticSeverity.Warning, "{0}() takes {1}, but {2} given");

    public static readonly DiagnosticDescriptor OperandTypeMismatch = new("HCL3004", DiagnosticSeverity.Warning, "{0}");

    public static readonly DiagnosticDescriptor UnsupportedAttribute = new("HCL3005", DiagnosticSeverity.Warning, "this value has no attribute \"{0}\"");

    public static readonly DiagnosticDescriptor InvalidIndex = new("HCL3006", DiagnosticSeverity.Warning, "invalid index: {0}");

    public static readonly DiagnosticDescriptor UnknownVariable = new("HCL3007", DiagnosticSeverity.Warning, "there is no variable named \"{0}\"");

    public static readonly DiagnosticDescriptor InvalidForExpression = new("HCL3008", DiagnosticSeverity.Warning, "invalid for expression: {0}");

    public static readonly DiagnosticDescriptor InvalidTemplate = new("HCL3009", DiagnosticSeverity.Warning, "invalid template: {0}");

    public static readonly DiagnosticDescriptor EvaluationLimit = new("HCL3010", DiagnosticSeverity.Warning, "evaluation stopped: {0}");

    public static readonly DiagnosticDescriptor InvalidTypeConstraint = new("HCL3011", DiagnosticSeverity.Warning, "invalid type constraint: {0}");
}
