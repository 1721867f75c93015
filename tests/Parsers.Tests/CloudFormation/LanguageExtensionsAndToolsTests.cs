using PolicyScan.Parsers.CloudFormation.Evaluation;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>What is not plain CloudFormation but appears in published templates, and the helpers of the evaluator.</summary>
public sealed class LanguageExtensionsAndToolsTests
{
    [Test]
    public void ForEach_loops_are_not_resources_and_references_to_what_they_make_are_not_reported()
    {
        const string text = """
            Transform: AWS::LanguageExtensions
            Resources:
              Fn::ForEach::Topics:
                - Name
                - [A, B]
                - Topic${Name}:
                    Type: AWS::SNS::Topic
              Sub:
                Type: AWS::SNS::Subscription
                Properties:
                  TopicArn: !Ref TopicA
            """;
        var result = TemplateTestHost.Load(text);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[] { "Sub" }));
    }

    [Test]
    public void Rain_directives_are_informational_and_unknown_and_rain_modules_are_not_resources()
    {
        const string text = """
            Resources:
              Storage:
                Type: !Rain::Module ../modules/bucket.yml
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Code:
                    ZipFile: !Rain::Embed handler.py
                  UserData: !Sub
                    Rain::Embed: user-data.sh
            """;
        var result = TemplateTestHost.Load(text);
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Severity}"), Is.EqualTo(new[] { "CFN6012 Info", "CFN6012 Info", "CFN6012 Info" }));
        Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[] { "Fn" }));
        Assert.That(result.Resource("Fn").Attributes.GetPath("Code.ZipFile"), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void A_minified_json_template_is_recognized()
    {
        var result = TemplateTestHost.Load("{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\"}}}", "q.json");
        Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[] { "Q" }));
    }

    [Test]
    public void Nested_aliases_that_would_expand_exponentially_are_rejected_with_a_located_error()
    {
        var lines = new List<string> { "Resources:", "  R:", "    Type: AWS::S3::Bucket", "    Properties:", "      L0: &l0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
        {
            lines.Add($"      L{i}: &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]");
        }

        var result = TemplateTestHost.Load(string.Join("\n", lines) + "\n");
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CFN6001" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("expand"));
    }

    [TestCase("10.0.0.0/16", 3, 8, "10.0.0.0/24 10.0.1.0/24 10.0.2.0/24")]
    [TestCase("192.168.0.0/24", 2, 5, "192.168.0.0/27 192.168.0.32/27")]
    [TestCase("10.0.5.7/16", 1, 12, "10.0.0.0/20")]
    public void Cidr_splits_an_ipv4_block(string block, int count, int bits, string expected)
    {
        Assert.That(string.Join(' ', CidrCalculator.Split(block, count, bits)!.Value), Is.EqualTo(expected));
    }

    [TestCase("2001:db8::/56", 2, 64)]
    [TestCase("10.0.0.0/24", 2, 8)]
    [TestCase("not-a-block", 1, 8)]
    public void Cidr_of_ipv6_or_an_impossible_split_is_not_evaluated(string block, int count, int bits)
    {
        Assert.That(CidrCalculator.Split(block, count, bits), Is.Null);
    }

    [Test]
    public void Substitution_strings_split_into_text_variables_and_escapes()
    {
        var parts = SubstitutionParser.Parse("a${ B }c${!D}${E.F}${unclosed");
        Assert.That(parts.Select(p => p.IsVariable ? $"[{p.Text}]" : p.Text), Is.EqualTo(new[] { "a", "[B]", "c${D}", "[E.F]", "${unclosed" }));
    }

    [Test]
    public void Sam_globals_apply_to_serverless_resources_by_the_merge_rules_and_stay_located_in_globals()
    {
        const string text = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: python3.12
                Tracing: Active
                Environment:
                  Variables:
                    STAGE: prod
                    LEVEL: info
                Layers: [global-layer]
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Tracing: PassThrough
                  Environment:
                    Variables:
                      LEVEL: debug
                  Layers: [own-layer]
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Handler: x
            """;
        var result = TemplateTestHost.Load(text);
        var function = result.Resource("Fn");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(function["Runtime"].Range.Located(), Is.EqualTo("4:14 python3.12"));
            Assert.That(function.Attributes.GetPath("TracingConfig.Mode").AsString(), Is.EqualTo("PassThrough"));
            Assert.That(function.Attributes.GetPath("Environment.Variables.STAGE").AsString(), Is.EqualTo("prod"));
            Assert.That(function.Attributes.GetPath("Environment.Variables.LEVEL").AsString(), Is.EqualTo("debug"));
            Assert.That(function["Layers"].Elements.Select(e => e.AsString()), Is.EqualTo(new[] { "global-layer", "own-layer" }));
            Assert.That(result.Resource("Plain")["Runtime"].IsMissing, Is.True);
        });
    }
}
