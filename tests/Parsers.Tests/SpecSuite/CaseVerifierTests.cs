using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.SpecSuite;

/// <summary>
/// The runner itself, on small cases written here: the suite's own cases exercise little of it, and a runner that
/// passed everything would look the same as a correct one.
/// </summary>
public sealed class CaseVerifierTests
{
    private static IReadOnlyList<string> Problems(string input, string spec, string expectation) =>
        CaseVerifier.Problems(new SourceFile("input.hcl", input), InputSyntax.Native, new SourceFile("spec.hcldec", spec), new SourceFile("case.t", expectation));

    private static string Error(int fromLine, int fromColumn, int fromByte, int toLine, int toColumn, int toByte) =>
        $$"""
        diagnostics {
          error {
            from {
              line   = {{fromLine}}
              column = {{fromColumn}}
              byte   = {{fromByte}}
            }
            to {
              line   = {{toLine}}
              column = {{toColumn}}
              byte   = {{toByte}}
            }
          }
        }
        """;

    [Test]
    public void A_matching_result_and_type_conform()
    {
        var problems = Problems(
            "a = \"x\"\nb { c = 1 }\n",
            "object {\n  attr \"a\" { type = string }\n  block \"b\" {\n    object {\n      attr \"c\" { type = string }\n    }\n  }\n}\n",
            "result_type = object({ a = string, b = object({ c = string }) })\nresult = { a = \"x\", b = { c = \"1\" } }\n");

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_differing_result_is_reported_at_its_path()
    {
        var problems = Problems("a = 1\n", "object {\n  attr \"a\" { type = any }\n}\n", "result = { a = 2 }\n");

        Assert.That(problems, Is.EqualTo(new[] { "result[\"a\"]: expected number 2 but got number 1" }));
    }

    [Test]
    public void A_value_of_another_type_than_result_type_is_reported()
    {
        var problems = Problems("a = true\n", "object {\n  attr \"a\" { type = any }\n}\n", "result_type = object({ a = string })\n");

        Assert.That(problems, Has.Count.EqualTo(1).And.One.StartsWith("result[\"a\"]: string expected"));
    }

    /// <summary>Columns count characters (grapheme clusters), bytes count UTF-8: the family emoji is 1 and 25 of them, and 11 UTF-16 units.</summary>
    [Test]
    public void An_unexpected_attribute_is_an_error_at_its_name_in_characters_and_utf8_bytes()
    {
        var problems = Problems(
            "a \"👩‍👩‍👧‍👦\" { c = 1 }\n",
            "object {\n  block_map \"a\" {\n    labels = [\"name\"]\n    object {}\n  }\n}\n",
            Error(1, 9, 32, 1, 10, 33));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_missing_required_attribute_is_an_error_at_the_start_of_the_body()
    {
        var problems = Problems(
            "a {\n}\n",
            "block {\n  block_type = \"a\"\n  object {\n    attr \"x\" {\n      type     = string\n      required = true\n    }\n  }\n}\n",
            Error(1, 3, 2, 1, 3, 2));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_value_that_does_not_convert_is_an_error_at_the_expression()
    {
        var problems = Problems("a = \"x\"\n", "object {\n  attr \"a\" { type = number }\n}\n", Error(1, 5, 4, 1, 8, 7));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void An_error_nobody_expects_fails_the_case()
    {
        var problems = Problems("a = \n", "literal {\n  value = \"ok\"\n}\n", "result = \"ok\"\n");

        Assert.That(problems, Is.Not.Empty.And.All.StartsWith("unexpected error"));
    }

    [Test]
    public void Block_maps_nest_one_level_per_label()
    {
        var problems = Problems(
            "r \"a\" \"x\" { v = 1 }\nr \"a\" \"y\" { v = 2 }\nr \"b\" \"x\" { v = 3 }\n",
            "block_map {\n  block_type = \"r\"\n  labels = [\"kind\", \"name\"]\n  object {\n    attr \"v\" { type = number }\n  }\n}\n",
            "result_type = map(map(object({ v = number })))\nresult = { a = { x = { v = 1 }, y = { v = 2 } }, b = { x = { v = 3 } } }\n");

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Spec_variables_are_in_scope_and_traversals_are_compared_with_their_ranges()
    {
        const string Expectation = """
            result = { a = 1 }
            traversals {
              expect {
                ref = foo.bar
                range {
                  from {
                    line   = 1
                    column = 5
                    byte   = 4
                  }
                  to {
                    line   = 1
                    column = 12
                    byte   = 11
                  }
                }
              }
            }
            """;

        var matching = Problems("a = foo.bar\n", "variables {\n  foo = { bar = 1 }\n}\nobject {\n  attr \"a\" { type = number }\n}\n", Expectation);
        var differing = Problems("a = foo.bar + foo.bar\n", "variables {\n  foo = { bar = 1 }\n}\nobject {\n  attr \"a\" { type = number }\n}\n", Expectation);

        Assert.That(matching, Is.Empty);
        Assert.That(differing, Has.Some.StartsWith("unexpected traversal foo.bar at 1:15@14"));
    }

    [Test]
    public void Numbers_written_within_decimal_precision_compare_exactly()
    {
        var problems = Problems("a = 0.1\n", "object {\n  attr \"a\" { type = number }\n}\n", "result = { a = 0.1000000000000000000000000001 }\n");

        Assert.That(problems, Is.Not.Empty);
    }

    [Test]
    public void Numbers_written_beyond_decimal_precision_compare_within_a_relative_tolerance()
    {
        var close = Problems("a = 1 / 3\n", "object {\n  attr \"a\" { type = number }\n}\n", "result = { a = 0.33333333333333333333333333333333333333 }\n");
        var far = Problems("a = 1 / 3\n", "object {\n  attr \"a\" { type = number }\n}\n", "result = { a = 0.33333333333333333333333333000000000001 }\n");

        Assert.That(close, Is.Empty);
        Assert.That(far, Is.Not.Empty);
    }

    [Test]
    public void A_spec_feature_the_runner_does_not_implement_fails_loudly()
    {
        Assert.Throws<SpecSuiteFormatException>(() => Problems("", "function \"f\" {\n  params = []\n  result = 1\n}\nliteral {\n  value = 1\n}\n", "result = 1\n"));
    }
}
