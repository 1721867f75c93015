namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("TF5001", DiagnosticSeverity.Warning, "duplicate {0} \"{1}\"; the first declaration is used");

    public static readonly DiagnosticDescriptor ReferenceCycle = new("TF5002", DiagnosticSeverity.Warning, "cycle: {0} refers to itself through {1}");

    public static readonly DiagnosticDescriptor UndeclaredReference = new("TF5003", DiagnosticSeverity.Warning, "reference to undeclared {0} \"{1}\"");

    public static readonly DiagnosticDescriptor InvalidVariableValue = new("TF5004", DiagnosticSeverity.Warning, "invalid value for variable \"{0}\": {1}");

    public static readonly DiagnosticDescriptor InvalidCount = new("TF5005", DiagnosticSeverity.Warning, "invalid count: {0}");

    public static readonly DiagnosticDescriptor InvalidForEach = new("TF5006", DiagnosticSeverity.Warning, "invalid for_each: {0}");

    public static readonly DiagnosticDescriptor ModuleNotResolved = new("TF5007", DiagnosticSeverity.Info, "module \"{0}\" has source \"{1}\", which is not available locally (run terraform init to scan it)");

    public static readonly DiagnosticDescriptor ModuleRecursion = new("TF5008", DiagnosticSeverity.Warning, "module \"{0}\" is not evaluated: {1}");

    public static readonly DiagnosticDescriptor InvalidVarArgument = new("TF5009", DiagnosticSeverity.Error, "invalid variable assignment \"{0}\": expected NAME=VALUE");

    public static readonly DiagnosticDescriptor InvalidModuleSource = new("TF5010", DiagnosticSeverity.Warning, "module \"{0}\": the source must be a literal string");

    public static readonly DiagnosticDescriptor InstanceLimit = new("TF5011", DiagnosticSeverity.Warning, "{0} expands to {1} instances, more than the limit of {2}; only the first {2} are scanned");
}
