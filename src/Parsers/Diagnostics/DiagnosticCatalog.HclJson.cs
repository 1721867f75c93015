namespace PolicyScan.Parsers.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Structure of HCL's JSON syntax (.tf.json, .tfvars.json); JSON syntax errors themselves are JSON1xxx.
    // Each is reported at the offending JSON value, and that entry is skipped.
    public static readonly DiagnosticDescriptor HclJsonRootNotObject = new("HCL2001", DiagnosticSeverity.Error, "the root of this file must be a JSON object, found {0}");

    public static readonly DiagnosticDescriptor HclJsonBlockNotObject = new("HCL2002", DiagnosticSeverity.Error, "a \"{0}\" block must be a JSON object or an array of objects, found {1}");

    public static readonly DiagnosticDescriptor HclJsonLabelsNotObject = new("HCL2003", DiagnosticSeverity.Error, "a \"{0}\" block takes {1} label(s): expected an object whose property names are the labels, found {2}");

    public static readonly DiagnosticDescriptor HclJsonExpectedExpressionString = new("HCL2004", DiagnosticSeverity.Error, "\"{0}\" must be a string holding an expression, found {1}");
}
