using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.JsonFixtures;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Variables, outputs, locals, modules, providers and terraform blocks in .tf.json.</summary>
public sealed class JsonConfigurationSyntaxTests
{
    [Test]
    public void A_provider_array_gives_one_block_per_object_each_located_at_its_object()
    {
        var file = HclJsonParser.ParseTerraformJson(Load("providers.tf.json"), new JsonTestNativeSyntax());

        Assert.That(file.Diagnostics, Is.Empty);
        var providers = file.Body.BlocksOfType("provider").ToList();
        Assert.That(providers, Has.Count.EqualTo(2));
        Assert.That(providers.Select(p => p.Labels.Single().Value), Is.All.EqualTo("aws"));
        Assert.That(providers[1].Range.Text, Is.EqualTo("{\"alias\": \"eu\", \"region\": \"eu-west-1\"}"));
        Assert.That(providers[1].Labels.Single().Range.Text, Is.EqualTo("\"aws\""));
        var alias = (LiteralExpression)Attribute(providers[1].Body, "alias").Expression;
        Assert.That(alias.Value.AsString(), Is.EqualTo("eu"));
        Assert.That(Attribute(providers[0].Body, "region").Expression, Is.TypeOf<TemplateExpression>());
    }

    [Test]
    public void Terraform_settings_are_literal_with_their_nested_blocks()
    {
        var native = new JsonTestNativeSyntax();
        var file = HclJsonParser.ParseTerraformJson(Load("providers.tf.json"), native);

        var terraform = file.Body.BlocksOfType("terraform").Single();
        Assert.That(((LiteralExpression)Attribute(terraform.Body, "required_version").Expression).Value.AsString(), Is.EqualTo(">= 1.5.0"));

        var required = terraform.Body.BlocksOfType("required_providers").Single();
        var aws = (ObjectExpression)Attribute(required.Body, "aws").Expression;
        Assert.That(aws.Items.Select(i => ((LiteralExpression)i.Value).Value.AsString()), Is.EqualTo(new[] { "hashicorp/aws", "~> 5.0" }));

        var backend = terraform.Body.BlocksOfType("backend").Single();
        Assert.That(backend.Labels.Single().Value, Is.EqualTo("s3"));
        Assert.That(((LiteralExpression)Attribute(backend.Body, "bucket").Expression).Value.AsString(), Is.EqualTo("state-${literal}"));
        Assert.That(native.Calls, Is.Empty, "nothing in a terraform block is an expression");
    }

    [Test]
    public void Variables_read_type_as_an_expression_and_default_and_description_literally()
    {
        var native = new JsonTestNativeSyntax();
        var file = HclJsonParser.ParseTerraformJson(Load("variables.tf.json"), native);

        Assert.That(file.Diagnostics, Is.Empty);
        var names = SingleBlock(file.Body, "variable", "names");
        var type = (NativeMarkerExpression)Attribute(names.Body, "type").Expression;
        Assert.That((type.Method, type.Text), Is.EqualTo(("expression", "list(string)")));
        Assert.That(type.Range.StartPosition.ToString(), Is.EqualTo("4:16"));

        var defaults = (TupleExpression)Attribute(names.Body, "default").Expression;
        Assert.That(defaults.Elements.Cast<LiteralExpression>().Select(e => e.Value.AsString()), Is.EqualTo(new[] { "a", "${not_a_template}" }));
        Assert.That(defaults.Elements[1].Range.Text, Is.EqualTo("\"${not_a_template}\""));
        var description = (LiteralExpression)Attribute(names.Body, "description").Expression;
        Assert.That(description.Value.AsString(), Is.EqualTo("Bucket names, ${literally}"));

        var validation = names.Body.BlocksOfType("validation").Single();
        Assert.That(((NativeMarkerExpression)Attribute(validation.Body, "condition").Expression).Text, Is.EqualTo("${length(var.names) > 0}"));
        Assert.That(Attribute(validation.Body, "error_message").Expression, Is.TypeOf<TemplateExpression>());

        var size = SingleBlock(file.Body, "variable", "size");
        Assert.That(((LiteralExpression)Attribute(size.Body, "default").Expression).Value.AsNumber(), Is.EqualTo(3m));
        Assert.That(native.Calls.Select(c => c.Text), Has.None.Contains("not_a_template").And.None.Contains("literally"));
    }

    [Test]
    public void Outputs_locals_modules_moved_and_check_follow_terraform()
    {
        var file = HclJsonParser.ParseTerraformJson(Load("variables.tf.json"), new JsonTestNativeSyntax());

        var output = SingleBlock(file.Body, "output", "arn").Body;
        Assert.That(((NativeMarkerExpression)Attribute(output, "value").Expression).Text, Is.EqualTo("${aws_s3_bucket.logs[0].arn}"));
        Assert.That(Attribute(output, "description").Expression, Is.TypeOf<LiteralExpression>());
        Assert.That(((LiteralExpression)Attribute(output, "sensitive").Expression).Value.IsTrue, Is.True);

        var locals = file.Body.BlocksOfType("locals").Single();
        Assert.That(locals.Labels, Is.Empty);
        Assert.That(locals.Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "prefix", "full" }));
        Assert.That(Attribute(locals.Body, "full").Range.Text, Is.EqualTo("\"full\": \"${local.prefix}-x\""));

        var module = SingleBlock(file.Body, "module", "net").Body;
        Assert.That(Attribute(module, "source").Expression, Is.TypeOf<LiteralExpression>());
        Assert.That(Attribute(module, "version").Expression, Is.TypeOf<LiteralExpression>());
        Assert.That(Attribute(module, "cidr").Expression, Is.TypeOf<TemplateExpression>());
        var providers = (ObjectExpression)Attribute(module, "providers").Expression;
        Assert.That(((LiteralExpression)providers.Items.Single().Key).Value.AsString(), Is.EqualTo("aws"));
        Assert.That(((NativeMarkerExpression)providers.Items.Single().Value).Text, Is.EqualTo("aws.eu"));

        var moved = file.Body.BlocksOfType("moved").Single();
        Assert.That(moved.Body.Attributes.Select(a => ((NativeMarkerExpression)a.Expression).Text), Is.EqualTo(new[] { "aws_s3_bucket.old", "aws_s3_bucket.logs" }));

        var check = SingleBlock(file.Body, "check", "health");
        Assert.That(check.Body.BlocksOfType("assert").Single().Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "condition", "error_message" }));
    }
}
