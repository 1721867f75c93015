namespace PolicyScan.Parsers.CloudFormation.Syntax;

/// <summary>What a scalar resolved to: YAML plain scalars by the core schema, quoted ones always strings; JSON by its token.</summary>
public enum TemplateScalarKind
{
    String,
    Number,
    Bool,
    Null,
}
