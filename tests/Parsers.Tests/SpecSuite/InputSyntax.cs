namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>The syntax of a case's input file: <c>X.hcl</c> (native) or <c>X.hcl.json</c>.</summary>
public enum InputSyntax
{
    Native,
    Json,
}
