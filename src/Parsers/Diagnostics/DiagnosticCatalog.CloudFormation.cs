namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // CloudFormation templates (CFN6xxx). Syntax problems are errors: nothing after them can be read. Problems that
    // CloudFormation itself would reject at deployment but that leave the rest of the template readable (a Ref to
    // nothing, a missing mapping key) are warnings, and the value concerned is unknown.
    public static readonly DiagnosticDescriptor CfnYamlSyntax = new("CFN6001", DiagnosticSeverity.Error, "invalid YAML: {0}");

    public static readonly DiagnosticDescriptor CfnUnknownTag = new("CFN6002", DiagnosticSeverity.Error, "unknown tag '{0}'; CloudFormation knows the short forms !Ref, !Sub, !GetAtt, !Join, !Select, !Split, !If, !Equals, !And, !Or, !Not, !Condition, !FindInMap, !Base64, !Cidr, !GetAZs, !ImportValue and !Transform");

    public static readonly DiagnosticDescriptor CfnUndefinedAlias = new("CFN6003", DiagnosticSeverity.Error, "the alias '*{0}' refers to no anchor defined before it");

    public static readonly DiagnosticDescriptor CfnUnresolvedReference = new("CFN6004", DiagnosticSeverity.Warning, "'{0}' is not a parameter, resource or pseudo parameter of this template; the value is unknown");

    public static readonly DiagnosticDescriptor CfnConditionCycle = new("CFN6005", DiagnosticSeverity.Error, "the condition '{0}' depends on itself ({1}); it is treated as unknown");

    public static readonly DiagnosticDescriptor CfnUndefinedCondition = new("CFN6006", DiagnosticSeverity.Warning, "'{0}' is not a condition of this template; it is treated as unknown");

    public static readonly DiagnosticDescriptor CfnUnknownFunction = new("CFN6007", DiagnosticSeverity.Warning, "unknown intrinsic function '{0}'; the value is unknown");

    public static readonly DiagnosticDescriptor CfnInvalidArguments = new("CFN6008", DiagnosticSeverity.Warning, "{0} expects {1}; the value is unknown");

    public static readonly DiagnosticDescriptor CfnMappingKeyNotFound = new("CFN6009", DiagnosticSeverity.Warning, "Fn::FindInMap: the mapping '{0}' has no entry {1}; the value is unknown");

    public static readonly DiagnosticDescriptor CfnInvalidResource = new("CFN6010", DiagnosticSeverity.Warning, "the resource '{0}' {1}; it is skipped");

    public static readonly DiagnosticDescriptor CfnRainDirective = new("CFN6012", DiagnosticSeverity.Info, "'{0}' is a directive of the rain tool, expanded only by 'rain pkg'; {1}");

    public static readonly DiagnosticDescriptor CfnDuplicateKey = new("CFN6013", DiagnosticSeverity.Warning, "the key '{0}' is already set at {1}; CloudFormation rejects the template, and this value is the one read");

    public static readonly DiagnosticDescriptor CfnParameterFileInvalid = new("CFN6011", DiagnosticSeverity.Error, "the parameter file cannot be used: {0}");
}
