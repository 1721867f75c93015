using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Evaluation;
using PolicyScan.Parsers.Hcl.Functions;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Evaluation;

/// <summary>HCL expression semantics, with expected results written from the HCL specification.</summary>
public sealed class ExpressionEvaluatorTests
{
    private sealed class NoFiles : IFunctionEnvironment
    {
        public string? BaseDirectory => null;

        public Value RenderTemplate(string templateText, string templatePath, MapValue variables, SourceRange callRange) =>
            throw new FunctionException("no templates here");
    }

    private static (Value Value, DiagnosticBag Diagnostics) Evaluate(string text, IReadOnlyDictionary<string, Value>? variables = null)
    {
        var parseDiagnostics = new DiagnosticBag();
        var expression = HclParser.ParseExpression(new SourceFile("test.hcl", text), parseDiagnostics);
        Assert.That(parseDiagnostics.Items, Is.Empty, $"parse errors in {text}");
        var diagnostics = new DiagnosticBag();
        var evaluator = new ExpressionEvaluator(TerraformFunctions.Table, new NoFiles(), diagnostics);
        return (evaluator.Evaluate(expression, new VariableScope(variables ?? new Dictionary<string, Value>())), diagnostics);
    }

    private static string Show(string text, IReadOnlyDictionary<string, Value>? variables = null) => ValueDisplay.Format(Evaluate(text, variables).Value);

    private static UnknownValue Unknown(string reference) => new("computed", SourceRange.None, [new ReferenceTarget(reference, "id")]);

    [TestCase("1 + 2 * 3", "7")]
    [TestCase("(1 + 2) * 3", "9")]
    [TestCase("10 % 4 - 1", "1")]
    [TestCase("-2 + 5", "3")]
    [TestCase("1 / 4", "0.25")]
    [TestCase("\"2\" + 3", "5")]
    [TestCase("1 < 2 && 2 <= 2", "true")]
    [TestCase("!true || false", "false")]
    [TestCase("\"1\" == 1", "false")]
    [TestCase("[1, 2] == [1, 2]", "true")]
    [TestCase("{a = 1} != {a = 1}", "false")]
    [TestCase("null == null", "true")]
    [TestCase("true ? \"a\" : \"b\"", "\"a\"")]
    [TestCase("1 > 2 ? 1 : 1 == 1 ? 2 : 3", "2")]
    public void Operators_follow_the_specified_precedence_and_conversions(string text, string expected) =>
        Assert.That(Show(text), Is.EqualTo(expected));

    [TestCase("\"a-${1 + 1}-b\"", "\"a-2-b\"")]
    [TestCase("\"${true}\"", "true")]
    [TestCase("\"x${\"y\"}\"", "\"xy\"")]
    [TestCase("\"%{ if true }yes%{ else }no%{ endif }\"", "\"yes\"")]
    [TestCase("\"%{ for i, v in [\"a\", \"b\"] }${i}=${v};%{ endfor }\"", "\"0=a;1=b;\"")]
    [TestCase("\"$${literal}\"", "\"${literal}\"")]
    public void Templates_interpolate_and_run_directives(string text, string expected) =>
        Assert.That(Show(text), Is.EqualTo(expected));

    [Test]
    public void A_template_of_one_interpolation_keeps_the_value_type() =>
        Assert.That(Show("\"${[1, 2]}\""), Is.EqualTo("[1, 2]"));

    [TestCase("[for x in [1, 2, 3] : x * 2]", "[2, 4, 6]")]
    [TestCase("[for x in [1, 2, 3] : x if x > 1]", "[2, 3]")]
    [TestCase("{for k, v in {a = 1, b = 2} : v => k}", "{1 = \"a\", 2 = \"b\"}")]
    [TestCase("{for s in [\"a\", \"bb\", \"cc\"] : length(s) => s...}", "{1 = [\"a\"], 2 = [\"bb\", \"cc\"]}")]
    [TestCase("[for i, v in [\"x\", \"y\"] : \"${i}${v}\"]", "[\"0x\", \"1y\"]")]
    public void For_expressions_build_tuples_and_objects(string text, string expected) =>
        Assert.That(Show(text), Is.EqualTo(expected));

    [TestCase("[{a = 1}, {a = 2}][*].a", "[1, 2]")]
    [TestCase("[{a = {b = 1}}, {a = {b = 2}}].*.a", "[{b = 1}, {b = 2}]")]
    [TestCase("{a = 1}[*].a", "[1]")]
    [TestCase("null[*]", "[]")]
    [TestCase("[[1, 2], [3, 4]][*][0]", "[1, 3]")]
    public void Splats_apply_the_steps_to_each_element(string text, string expected) =>
        Assert.That(Show(text), Is.EqualTo(expected));

    [TestCase("{a = [10, 20]}.a[1]", "20")]
    [TestCase("{a = [10, 20]}[\"a\"][0]", "10")]
    [TestCase("[10, 20].1", "20")]
    [TestCase("max([1, 5, 3]...)", "5")]
    [TestCase("try({a = 1}.b, \"fallback\")", "\"fallback\"")]
    [TestCase("try({a = 1}.a, \"fallback\")", "1")]
    [TestCase("can({a = 1}.b)", "false")]
    [TestCase("can([1][0])", "true")]
    public void Indexes_calls_and_try(string text, string expected) =>
        Assert.That(Show(text), Is.EqualTo(expected));

    [Test]
    public void Unknown_operands_give_unknown_results_that_keep_their_references()
    {
        var variables = new Dictionary<string, Value> { ["bucket"] = Unknown("aws_s3_bucket.b") };
        var (value, diagnostics) = Evaluate("\"${bucket}/*\"", variables);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)value).References.Single().Address, Is.EqualTo("aws_s3_bucket.b"));
        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(Evaluate("upper(bucket)", variables).Value, Is.InstanceOf<UnknownValue>());
        Assert.That(Evaluate("bucket == \"x\"", variables).Value, Is.InstanceOf<UnknownValue>());
        Assert.That(Evaluate("[for x in bucket : x]", variables).Value, Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Logical_operators_decide_without_an_unknown_operand_when_they_can()
    {
        var variables = new Dictionary<string, Value> { ["u"] = Unknown("aws_instance.i") };
        Assert.That(Show("true || u", variables), Is.EqualTo("true"));
        Assert.That(Show("u && false", variables), Is.EqualTo("false"));
        Assert.That(Evaluate("u && true", variables).Value, Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void A_conditional_on_an_unknown_is_known_when_both_branches_agree()
    {
        var variables = new Dictionary<string, Value> { ["u"] = Unknown("aws_instance.i") };
        Assert.That(Show("u ? \"same\" : \"same\"", variables), Is.EqualTo("\"same\""));
        Assert.That(Evaluate("u ? 1 : 2", variables).Value, Is.InstanceOf<UnknownValue>());
    }

    [TestCase("1 + \"a\"", "HCL3004")]
    [TestCase("{a = 1}.b", "HCL3005")]
    [TestCase("[1][5]", "HCL3006")]
    [TestCase("nosuchvar", "HCL3007")]
    [TestCase("nosuchfunction(1)", "HCL3001")]
    [TestCase("upper(1, 2)", "HCL3003")]
    [TestCase("{for x in [1, 1] : \"k\" => x}", "HCL3008")]
    [TestCase("\"${[1]}x\"", "HCL3009")]
    [TestCase("1 / 0", "HCL3004")]
    public void Errors_are_located_warnings_and_the_value_is_unknown(string text, string code)
    {
        var (value, diagnostics) = Evaluate(text);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(diagnostics.Items.Select(d => d.Code), Does.Contain(code));
        Assert.That(diagnostics.Items.All(d => d.Range.File?.Path == "test.hcl"), Is.True);
    }

    [Test]
    public void Impure_functions_are_unknown()
    {
        var (value, diagnostics) = Evaluate("timestamp()");
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Results_are_located_at_the_expression()
    {
        var (value, _) = Evaluate("  1 + 2");
        Assert.That((value.Range.Start, value.Range.End), Is.EqualTo((2, 7)));
    }
}
