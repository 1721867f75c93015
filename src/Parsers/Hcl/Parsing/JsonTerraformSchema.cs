namespace PolicyScan.Parsers.Hcl.Parsing;

/// <summary>
/// Terraform's reading of the JSON syntax (its "JSON Configuration Syntax" documentation): which keys are blocks
/// and how many labels they take, and which arguments are literal or hold native expressions. Provider-defined
/// nested blocks cannot be told from attributes without provider schemas, so they stay attributes whose value is
/// an object or an array of objects; consumers read either as nested blocks.
/// </summary>
internal static class JsonTerraformSchema
{
    private const JsonAttributeMode Expression = JsonAttributeMode.Expression;
    private const JsonAttributeMode Literal = JsonAttributeMode.Literal;
    private const JsonAttributeMode Native = JsonAttributeMode.NativeExpression;

    /// <summary>The file's body: every key is a block type; unknown ones are read as blocks without labels.</summary>
    public static JsonBodySchema Root { get; } = BuildRoot();

    /// <summary>A <c>.tfvars.json</c> file: every key is a variable's value, taken literally.</summary>
    public static JsonBodySchema Variables { get; } = new(Literal);

    private static JsonBodySchema BuildRoot()
    {
        // validation, precondition, postcondition and assert: condition and error_message are expressions.
        var condition = new JsonBodySchema(Expression);

        var lifecycle = new JsonBodySchema(Expression)
            .Attribute("ignore_changes", Native)
            .Attribute("replace_triggered_by", Native)
            .Block("precondition", 0, condition)
            .Block("postcondition", 0, condition);

        var connection = new JsonBodySchema(Expression);

        var provisioner = new JsonBodySchema(Expression)
            .Attribute("when", Native)
            .Attribute("on_failure", Native)
            .Block("connection", 0, connection);

        // A dynamic block's content may hold further dynamic blocks, so the two schemas refer to each other.
        var content = new JsonBodySchema(Expression);
        var dynamic = new JsonBodySchema(Expression)
            .Attribute("iterator", Native)
            .Block("content", 0, content);
        content.Block("dynamic", 1, dynamic);

        var resource = new JsonBodySchema(Expression)
            .Attribute("provider", Native)
            .Attribute("depends_on", Native)
            .Block("lifecycle", 0, lifecycle)
            .Block("connection", 0, connection)
            .Block("provisioner", 1, provisioner)
            .Block("dynamic", 1, dynamic);

        var module = new JsonBodySchema(Expression)
            .Attribute("source", Literal)
            .Attribute("version", Literal)
            .Attribute("providers", Native)
            .Attribute("depends_on", Native);

        var variable = new JsonBodySchema(Expression)
            .Attribute("type", Native)
            .Attribute("default", Literal)
            .Attribute("description", Literal)
            .Attribute("sensitive", Literal)
            .Attribute("nullable", Literal)
            .Attribute("ephemeral", Literal)
            .Block("validation", 0, condition);

        var output = new JsonBodySchema(Expression)
            .Attribute("description", Literal)
            .Attribute("sensitive", Literal)
            .Attribute("ephemeral", Literal)
            .Attribute("depends_on", Native)
            .Block("precondition", 0, condition);

        var provider = new JsonBodySchema(Expression)
            .Attribute("alias", Literal)
            .Attribute("version", Literal);

        // Nothing in a terraform block may refer to anything, so the documentation takes every value literally.
        var settings = new JsonBodySchema(Literal);
        var cloud = new JsonBodySchema(Literal).Block("workspaces", 0, settings);
        var terraform = new JsonBodySchema(Literal)
            .Attribute("experiments", Native)
            .Block("required_providers", 0, settings)
            .Block("backend", 1, settings)
            .Block("cloud", 0, cloud)
            .Block("provider_meta", 1, settings);

        var moved = new JsonBodySchema(Native);

        var import = new JsonBodySchema(Expression)
            .Attribute("to", Native)
            .Attribute("provider", Native);

        var removed = new JsonBodySchema(Expression)
            .Attribute("from", Native)
            .Block("lifecycle", 0, lifecycle)
            .Block("provisioner", 1, provisioner)
            .Block("connection", 0, connection);

        var check = new JsonBodySchema(Expression)
            .Block("data", 2, resource)
            .Block("assert", 0, condition);

        return new JsonBodySchema(Expression)
            .Block("resource", 2, resource)
            .Block("data", 2, resource)
            .Block("ephemeral", 2, resource)
            .Block("module", 1, module)
            .Block("variable", 1, variable)
            .Block("output", 1, output)
            .Block("provider", 1, provider)
            .Block("locals", 0, new JsonBodySchema(Expression))
            .Block("terraform", 0, terraform)
            .Block("moved", 0, moved)
            .Block("import", 0, import)
            .Block("removed", 0, removed)
            .Block("check", 1, check)
            .OtherBlocks(0, new JsonBodySchema(Expression));
    }
}
