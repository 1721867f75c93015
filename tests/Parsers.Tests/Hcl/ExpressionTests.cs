using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.HclTestParsing;

namespace PolicyScan.Parsers.Tests.Hcl;

public class ExpressionTests
{
    /// <summary>Fully parenthesised form of an expression, to assert precedence and associativity.</summary>
    private static string Shape(Expression expression) => expression switch
    {
        BinaryExpression b => $"({Shape(b.Left)} {b.Operator} {Shape(b.Right)})",
        UnaryExpression u => $"({u.Operator} {Shape(u.Operand)})",
        ConditionalExpression c => $"({Shape(c.Condition)} ? {Shape(c.TrueResult)} : {Shape(c.FalseResult)})",
        ParenthesesExpression p => Shape(p.Inner),
        LiteralExpression l => l.Value.ToString(),
        ScopeTraversalExpression s => s.ToString(),
        _ => expression.GetType().Name,
    };

    [TestCase("a || b && c", "(a Or (b And c))")]
    [TestCase("a == b || c != d", "((a Equal b) Or (c NotEqual d))")]
    [TestCase("a + b * c - d", "((a Add (b Multiply c)) Subtract d)")]
    [TestCase("x / y * z", "((x Divide y) Multiply z)")]
    [TestCase("a < b == c >= d", "((a Less b) Equal (c GreaterOrEqual d))")]
    [TestCase("-a + b", "((Negate a) Add b)")]
    [TestCase("!a && b", "((Not a) And b)")]
    [TestCase("a % b + c", "((a Modulo b) Add c)")]
    [TestCase("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [TestCase("a || b ? c + 1 : d", "((a Or b) ? (c Add 1) : d)")]
    [TestCase("(a + b) * c", "((a Add b) Multiply c)")]
    [TestCase("- - 1", "(Negate (Negate 1))")]
    public void Operators_follow_the_spec_precedence(string text, string expected)
    {
        Assert.That(Shape(ParseAttributeValue(text)), Is.EqualTo(expected));
    }

    [Test]
    public void Binary_expression_range_spans_both_operands()
    {
        var expression = ParseAttributeValue("1 + 2 * 3");

        Assert.That(Where(expression), Is.EqualTo("1:5-1:14"));
        Assert.That(Where(((BinaryExpression)expression).Right), Is.EqualTo("1:9-1:14"));
    }

    [Test]
    public void Literals_have_their_values_and_ranges()
    {
        var number = (LiteralExpression)ParseAttributeValue("3.25e2");
        Assert.That(((NumberValue)number.Value).Value, Is.EqualTo(325m));
        Assert.That(Where(number), Is.EqualTo("1:5-1:11"));
        Assert.That(((LiteralExpression)ParseAttributeValue("false")).Value, Is.TypeOf<BoolValue>());
        Assert.That(((LiteralExpression)ParseAttributeValue("null")).Value, Is.TypeOf<NullValue>());
    }

    [Test]
    public void Static_traversal_collects_attribute_and_literal_index_steps()
    {
        var traversal = (ScopeTraversalExpression)ParseAttributeValue("aws_s3_bucket.b[0][\"k\"].id");

        Assert.That(traversal.Root.Name, Is.EqualTo("aws_s3_bucket"));
        Assert.That(traversal.Steps, Has.Length.EqualTo(4));
        Assert.That(((IndexStep)traversal.Steps[1]).Key, Is.TypeOf<NumberValue>());
        Assert.That(((StringValue)((IndexStep)traversal.Steps[2]).Key).Value, Is.EqualTo("k"));
        Assert.That(Where(traversal.Steps[2]), Is.EqualTo("1:23-1:28"));
        Assert.That(Where(traversal), Is.EqualTo("1:5-1:31"));
    }

    [Test]
    public void Legacy_dot_index_is_an_index_step()
    {
        var traversal = (ScopeTraversalExpression)ParseAttributeValue("a.0.b");

        var index = (IndexStep)traversal.Steps[0];
        Assert.That(((NumberValue)index.Key).Value, Is.EqualTo(0m));
        Assert.That(Where(index), Is.EqualTo("1:6-1:8"));
        Assert.That(((AttributeStep)traversal.Steps[1]).Name, Is.EqualTo("b"));
    }

    [Test]
    public void Computed_index_is_an_index_expression_and_later_steps_are_relative()
    {
        var relative = (RelativeTraversalExpression)ParseAttributeValue("a.b[var.k].c");

        var index = (IndexExpression)relative.Source;
        Assert.That(index.Collection.ToString(), Does.Contain("a.b"));
        Assert.That(((ScopeTraversalExpression)index.Key).ToString(), Is.EqualTo("var.k"));
        Assert.That(((AttributeStep)relative.Steps.Single()).Name, Is.EqualTo("c"));
        Assert.That(Where(index), Is.EqualTo("1:5-1:15"));
    }

    [Test]
    public void Full_splat_takes_the_following_attribute_and_index_steps()
    {
        var splat = (SplatExpression)ParseAttributeValue("aws_instance.web[*].tags[\"Name\"]");

        Assert.That(splat.IsFull, Is.True);
        Assert.That(splat.Source.ToString(), Is.EqualTo("aws_instance.web"));
        Assert.That(splat.Steps.Select(s => s.GetType().Name), Is.EqualTo(new[] { "AttributeStep", "IndexStep" }));
        Assert.That(Where(splat), Is.EqualTo("1:5-1:37"));
    }

    [Test]
    public void Attribute_splat_takes_only_attribute_steps_and_a_following_index_applies_to_its_result()
    {
        var relative = (RelativeTraversalExpression)ParseAttributeValue("a.*.b.c[0]");

        var splat = (SplatExpression)relative.Source;
        Assert.That(splat.IsFull, Is.False);
        Assert.That(splat.Steps.Cast<AttributeStep>().Select(s => s.Name), Is.EqualTo(new[] { "b", "c" }));
        Assert.That(relative.Steps.Single(), Is.TypeOf<IndexStep>());
    }

    [Test]
    public void Relative_traversal_after_a_call()
    {
        var relative = (RelativeTraversalExpression)ParseAttributeValue("f(1).a");

        Assert.That(relative.Source, Is.TypeOf<FunctionCallExpression>());
        Assert.That(Where(relative), Is.EqualTo("1:5-1:11"));
    }

    [Test]
    public void Function_call_with_newlines_trailing_comma_and_expansion()
    {
        var call = (FunctionCallExpression)ParseAttributeValue("concat(\n  a,\n  b,\n)");
        Assert.That(call.Arguments, Has.Length.EqualTo(2));
        Assert.That(call.ExpandFinal, Is.False);
        Assert.That(Where(call), Is.EqualTo("1:5-4:2"));

        var expanded = (FunctionCallExpression)ParseAttributeValue("min(1, var.list...)");
        Assert.That(expanded.ExpandFinal, Is.True);
    }

    [Test]
    public void Provider_function_names_keep_their_namespaces()
    {
        var call = (FunctionCallExpression)ParseAttributeValue("provider::aws::arn_parse(x)");

        Assert.That(call.Name.Name, Is.EqualTo("provider::aws::arn_parse"));
        Assert.That(Where(call.Name), Is.EqualTo("1:5-1:29"));
    }

    [Test]
    public void Tuples_allow_newlines_and_a_trailing_comma()
    {
        var tuple = (TupleExpression)ParseAttributeValue("[\n  1,\n  \"two\",\n]");

        Assert.That(tuple.Elements, Has.Length.EqualTo(2));
        Assert.That(Where(tuple), Is.EqualTo("1:5-4:2"));
    }

    [Test]
    public void Object_items_are_separated_by_newlines_or_commas_with_bare_and_parenthesised_keys()
    {
        var obj = (ObjectExpression)ParseAttributeValue("{\n  a = 1, \"b\" : 2\n  (var.k) = 3\n  null = 4,\n}");

        Assert.That(obj.Items, Has.Length.EqualTo(4));
        Assert.That(((StringValue)((LiteralExpression)obj.Items[0].Key).Value).Value, Is.EqualTo("a"));
        Assert.That(Where(obj.Items[0].Key), Is.EqualTo("2:3-2:4"));
        Assert.That(obj.Items[1].Key, Is.TypeOf<TemplateExpression>());
        Assert.That(obj.Items[2].Key, Is.TypeOf<ParenthesesExpression>());
        Assert.That(((StringValue)((LiteralExpression)obj.Items[3].Key).Value).Value, Is.EqualTo("null"));
        Assert.That(Where(obj.Items[0]), Is.EqualTo("2:3-2:8"));
    }

    [Test]
    public void Tuple_for_expression_with_condition()
    {
        var forExpression = (ForExpression)ParseAttributeValue("[for i, v in var.list : upper(v) if i < 2]");

        Assert.That(forExpression.IsObject, Is.False);
        Assert.That(forExpression.KeyVariable!.Name, Is.EqualTo("i"));
        Assert.That(forExpression.ValueVariable.Name, Is.EqualTo("v"));
        Assert.That(forExpression.Condition, Is.TypeOf<BinaryExpression>());
        Assert.That(Where(forExpression), Is.EqualTo("1:5-1:47"));
    }

    [Test]
    public void Object_for_expression_with_grouping_across_lines()
    {
        var forExpression = (ForExpression)ParseAttributeValue("{\n  for v in var.list :\n  v.name => v...\n}");

        Assert.That(forExpression.IsObject, Is.True);
        Assert.That(forExpression.KeyVariable, Is.Null);
        Assert.That(forExpression.Grouping, Is.True);
        Assert.That(forExpression.KeyResult!.ToString(), Does.Contain("v.name"));
    }

    [Test]
    public void Newlines_inside_parentheses_are_not_significant()
    {
        var expression = ParseAttributeValue("(\n  1 +\n  2\n)");

        Assert.That(((ParenthesesExpression)expression).Inner, Is.TypeOf<BinaryExpression>());
    }

    [Test]
    public void Standalone_expression_uses_the_whole_text()
    {
        var expression = ParseExpression("\n  list(string)\n", out var diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((FunctionCallExpression)expression).Name.Name, Is.EqualTo("list"));
    }

    [Test]
    public void Numbers_too_large_for_decimal_are_unknown_with_a_warning()
    {
        var file = Parse("a = 1e40\n");

        Assert.That(Codes(file), Is.EqualTo(new[] { "HCL1025 1:5-1:9" }));
        Assert.That(file.HasErrors, Is.False);
        Assert.That(((LiteralExpression)file.Body.FindAttribute("a")!.Expression).Value, Is.TypeOf<UnknownValue>());
    }
}
