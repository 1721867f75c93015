namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>How the JSON syntax reads an attribute's value; Terraform decides per argument, as its JSON syntax documentation says.</summary>
internal enum JsonAttributeMode
{
    /// <summary>The JSON expression mapping: strings are templates, arrays tuples, objects object constructors.</summary>
    Expression,

    /// <summary>Taken as written, strings never interpreted as templates: a variable's default, the terraform block.</summary>
    Literal,

    /// <summary>
    /// Strings hold a native-syntax expression rather than a template: a variable's <c>type</c>, <c>provider</c>,
    /// the references in <c>depends_on</c>; arrays and objects hold such strings.
    /// </summary>
    NativeExpression,
}
