using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.JsonFixtures;

namespace PolicyScan.Parsers.Tests.Hcl;

/// <summary>Resources and data sources in .tf.json: labels, meta-arguments, nested blocks, expressions and their ranges.</summary>
public sealed class JsonResourceSyntaxTests
{
    private JsonTestNativeSyntax native = null!;
    private HclFile file = null!;

    [SetUp]
    public void ParseFixture()
    {
        native = new JsonTestNativeSyntax();
        file = HclJsonParser.ParseTerraformJson(Load("resources.tf.json"), native);
    }

    [Test]
    public void The_file_has_no_diagnostics_and_one_block_per_resource()
    {
        Assert.That(file.Diagnostics, Is.Empty);
        Assert.That(file.Body.Blocks.Select(b => $"{b.Type.Name} {string.Join(" ", b.Labels.Select(l => l.Value))}"), Is.EqualTo(new[]
        {
            "resource aws_s3_bucket logs",
            "resource aws_s3_bucket data",
            "resource aws_instance web",
            "data aws_caller_identity current",
        }));
        Assert.That(file.Body.Attributes, Is.Empty);
    }

    [Test]
    public void Type_labels_and_body_are_located_at_their_keys_and_object()
    {
        var logs = SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs");

        Assert.That(logs.Type.Range.Text, Is.EqualTo("\"resource\""));
        Assert.That(Start(logs.Type), Is.EqualTo("3:3"));
        Assert.That(logs.Labels.Select(l => l.Range.Text), Is.EqualTo(new[] { "\"aws_s3_bucket\"", "\"logs\"" }));
        Assert.That(logs.Labels.Select(l => l.Range.StartPosition.ToString()), Is.EqualTo(new[] { "4:5", "5:7" }));
        Assert.That(Start(logs.Body), Is.EqualTo("5:15"));
        Assert.That(logs.Body.Range.EndPosition.ToString(), Is.EqualTo("16:8"));
        Assert.That(Start(logs), Is.EqualTo("5:7"), "a block starts at its innermost key");
        Assert.That(logs.Range.EndPosition, Is.EqualTo(logs.Body.Range.EndPosition));
    }

    [Test]
    public void Meta_arguments_are_attributes_with_their_own_reading()
    {
        var body = SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs").Body;

        var count = Attribute(body, "count");
        Assert.That(count.Expression, Is.TypeOf<LiteralExpression>());
        Assert.That(((LiteralExpression)count.Expression).Value.AsNumber(), Is.EqualTo(2m));
        Assert.That(count.Range.Text, Is.EqualTo("\"count\": 2"));
        Assert.That(count.Name.Range.Text, Is.EqualTo("\"count\""));

        var provider = (NativeMarkerExpression)Attribute(body, "provider").Expression;
        Assert.That(provider.Method, Is.EqualTo("expression"));
        Assert.That(provider.Text, Is.EqualTo("aws.eu"));
        Assert.That(provider.Range.StartPosition.ToString(), Is.EqualTo("8:22"), "the span inside the quotes");

        var dependsOn = (TupleExpression)Attribute(body, "depends_on").Expression;
        Assert.That(dependsOn.Elements.Cast<NativeMarkerExpression>().Select(e => (e.Method, e.Text)), Is.EqualTo(new[]
        {
            ("expression", "aws_kms_key.k"),
            ("expression", "module.net"),
        }));
    }

    [Test]
    public void An_interpolated_string_is_parsed_over_its_exact_characters_and_located_at_the_whole_string()
    {
        var bucket = Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs").Body, "bucket");

        var call = native.Calls.Single(c => c.Method == "template" && c.Text.StartsWith("logs-", StringComparison.Ordinal));
        Assert.That(call.File, Is.SameAs(file.Source));
        Assert.That(call.Text, Is.EqualTo("logs-${count.index}"));
        Assert.That(file.Source.PositionOf(call.Span.Start).ToString(), Is.EqualTo("7:20"));
        Assert.That(bucket.Expression, Is.TypeOf<NativeMarkerExpression>());
        Assert.That(bucket.Expression.Range.Text, Is.EqualTo("\"logs-${count.index}\""));
    }

    [Test]
    public void A_string_without_interpolation_is_one_literal_and_needs_no_parsing()
    {
        var bucket = Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "data").Body, "bucket");

        var template = (TemplateExpression)bucket.Expression;
        Assert.That(template.IsLiteral, Is.True);
        Assert.That(((LiteralExpression)template.Parts.Single()).Value.AsString(), Is.EqualTo("plain-name"));
        Assert.That(template.Range.Text, Is.EqualTo("\"plain-name\""));
        Assert.That(template.Parts[0].Range, Is.EqualTo(template.Range));
        Assert.That(native.Calls.Select(c => c.Text), Has.None.EqualTo("plain-name"));
    }

    [Test]
    public void A_string_with_escapes_is_parsed_decoded_in_a_file_of_its_own()
    {
        var escaped = Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "data").Body, "escaped");

        var call = native.Calls.Single(c => c.Text.StartsWith("tab", StringComparison.Ordinal));
        Assert.That(call.Text, Is.EqualTo("tab\there ${var.x}"));
        Assert.That(call.File, Is.Not.SameAs(file.Source));
        Assert.That(call.File.Path, Is.EqualTo(file.Source.Path));
        Assert.That(call.Span, Is.EqualTo(new PolicyScan.Parsers.Text.TextSpan(0, call.File.Text.Length)));
        Assert.That(escaped.Expression.Range.File, Is.SameAs(file.Source), "the expression itself still points at the string");
        Assert.That(escaped.Expression.Range.Text, Is.EqualTo("\"tab\\there ${var.x}\""));
    }

    [Test]
    public void Objects_are_object_constructors_with_literal_keys_at_the_key()
    {
        var tags = (ObjectExpression)Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "data").Body, "tags").Expression;

        Assert.That(tags.Items.Select(i => ((LiteralExpression)i.Key).Value.AsString()), Is.EqualTo(new[] { "Name", "Team" }));
        Assert.That(tags.Items[0].Key.Range.Text, Is.EqualTo("\"Name\""));
        Assert.That(tags.Items[0].Range.Text, Is.EqualTo("\"Name\": \"data\""));
        Assert.That(tags.Items[0].Value, Is.TypeOf<TemplateExpression>());
        Assert.That(((LiteralExpression)tags.Items[1].Value).Value.IsNull, Is.True);

        var ports = (TupleExpression)Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "data").Body, "ports").Expression;
        Assert.That(ports.Elements.Cast<LiteralExpression>().Select(e => e.Value.Kind), Is.EqualTo(new[] { ValueKind.Number, ValueKind.Number, ValueKind.Bool }));
        Assert.That(ports.Range.Text, Is.EqualTo("[80, 443.5, false]"));
    }

    [Test]
    public void A_provider_defined_nested_block_stays_an_object_attribute()
    {
        var versioning = Attribute(SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs").Body, "versioning");

        Assert.That(versioning.Expression, Is.TypeOf<ObjectExpression>());
    }

    [Test]
    public void Lifecycle_is_a_nested_block_whose_ignore_changes_holds_references()
    {
        var lifecycle = SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs").Body.BlocksOfType("lifecycle").Single();

        Assert.That(lifecycle.Labels, Is.Empty);
        Assert.That(lifecycle.Type.Range.Text, Is.EqualTo("\"lifecycle\""));
        Assert.That(((LiteralExpression)Attribute(lifecycle.Body, "prevent_destroy").Expression).Value.IsTrue, Is.True);
        var ignored = (TupleExpression)Attribute(lifecycle.Body, "ignore_changes").Expression;
        Assert.That(((NativeMarkerExpression)ignored.Elements.Single()).Text, Is.EqualTo("tags"));
    }

    [Test]
    public void Connection_provisioner_and_dynamic_are_blocks()
    {
        var web = SingleBlock(file.Body, "resource", "aws_instance", "web").Body;

        Assert.That(web.Blocks.Select(b => b.Type.Name), Is.EqualTo(new[] { "connection", "provisioner", "dynamic" }));
        Assert.That(Attribute(web, "ami").Expression, Is.TypeOf<TemplateExpression>());

        var provisioner = web.BlocksOfType("provisioner").Single();
        Assert.That(provisioner.Labels.Single().Value, Is.EqualTo("local-exec"));
        Assert.That(((NativeMarkerExpression)Attribute(provisioner.Body, "when").Expression).Text, Is.EqualTo("destroy"));

        var dynamic = web.BlocksOfType("dynamic").Single();
        Assert.That(dynamic.Labels.Single().Value, Is.EqualTo("ebs_block_device"));
        Assert.That(((NativeMarkerExpression)Attribute(dynamic.Body, "for_each").Expression).Text, Is.EqualTo("${var.disks}"));
        Assert.That(((NativeMarkerExpression)Attribute(dynamic.Body, "iterator").Expression).Method, Is.EqualTo("expression"));
        var content = dynamic.Body.BlocksOfType("content").Single();
        Assert.That(((NativeMarkerExpression)Attribute(content.Body, "device_name").Expression).Text, Is.EqualTo("${disk.value.name}"));
    }

    [Test]
    public void Comment_properties_are_dropped_from_bodies_and_kept_as_comments()
    {
        var logs = SingleBlock(file.Body, "resource", "aws_s3_bucket", "logs").Body;

        Assert.That(logs.Attributes.Select(a => a.Name.Name), Has.None.EqualTo("//"));
        Assert.That(file.Comments.Select(c => c.Text), Is.EqualTo(new[]
        {
            "// policyscan:ignore PS-AWS-0001 buckets for the test",
            "// a comment inside a body",
        }));
        Assert.That(file.Comments[0].Range.Text, Is.EqualTo("\"//\": \"policyscan:ignore PS-AWS-0001 buckets for the test\""));
        Assert.That(Start(file.Comments[1]), Is.EqualTo("15:9"));
    }

    [Test]
    public void An_empty_body_is_a_block_with_no_items()
    {
        var current = SingleBlock(file.Body, "data", "aws_caller_identity", "current");

        Assert.That(current.Body.Items, Is.Empty);
        Assert.That(current.Body.Range.Text, Is.EqualTo("{}"));
    }
}
