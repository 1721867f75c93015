using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>Conditions: true, false, unknown, undefined and circular; resources under a false condition are not in the graph.</summary>
public sealed class ConditionTests
{
    private const string Template = """
        Parameters:
          Env:
            Type: String
            Default: prod
          Unset:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev:
            Fn::Not: [{Condition: IsProd}]
          Both: !And [!Condition IsProd, !Equals [1, "1"]]
          Either: !Or [!Condition IsDev, !Equals [!Ref Unset, x]]
          Unknown: !Equals [!Ref Unset, x]
          UnknownOrTrue: !Or [!Condition Unknown, !Condition IsProd]
          UnknownAndFalse: !And [!Condition Unknown, !Condition IsDev]
          RegionIsEu: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          ProdBucket:
            Type: AWS::S3::Bucket
            Condition: IsProd
          DevBucket:
            Type: AWS::S3::Bucket
            Condition: IsDev
          MaybeBucket:
            Type: AWS::S3::Bucket
            Condition: Unknown
            Properties:
              BucketName: !If [Unknown, !Ref ProdBucket, plain]
              Other: !If [IsProd, chosen, !Ref AWS::NoValue]
        """;

    [Test]
    public void A_resource_whose_condition_is_false_is_not_in_the_graph_and_an_unknown_condition_keeps_it()
    {
        var result = TemplateTestHost.Load(Template);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Resources.Select(r => r.Address), Is.EqualTo(new[] { "ProdBucket", "MaybeBucket" }));
    }

    [Test]
    public void If_with_an_unknown_condition_is_unknown_and_keeps_the_references_of_both_branches()
    {
        var bucket = TemplateTestHost.Load(Template).Resource("MaybeBucket");
        var name = (UnknownValue)bucket["BucketName"];
        Assert.That(name.References, Is.EqualTo(new[] { new ReferenceTarget("ProdBucket", null) }));
        Assert.That(name.Alternatives, Has.Length.EqualTo(2), "a choice left to deployment keeps both branches");
        Assert.That(name.WithRange(bucket.DeclarationRange) is UnknownValue { Alternatives.Length: 2 }, Is.True);
        Assert.That(bucket["Other"].AsString(), Is.EqualTo("chosen"));
    }

    [TestCase("IsProd", true)]
    [TestCase("IsDev", false)]
    [TestCase("Both", true)]
    [TestCase("Either", null)]
    [TestCase("Unknown", null)]
    [TestCase("UnknownOrTrue", true)]
    [TestCase("UnknownAndFalse", false)]
    [TestCase("RegionIsEu", null)]
    public void Conditions_are_evaluated_in_three_valued_logic(string name, bool? expected)
    {
        Assert.That(Evaluator(Template).EvaluateCondition(name), Is.EqualTo(expected));
    }

    [Test]
    public void A_region_given_in_the_options_makes_region_conditions_known()
    {
        Assert.That(Evaluator(Template, new CloudFormationOptions { Region = "eu-west-1" }).EvaluateCondition("RegionIsEu"), Is.True);
    }

    [Test]
    public void A_circular_condition_is_a_located_error_and_unknown()
    {
        const string text = """
            Conditions:
              A: !Condition B
              B: !And [!Condition A, !Equals [x, x]]
            Resources:
              R:
                Type: AWS::S3::Bucket
                Condition: A
            """;
        var result = TemplateTestHost.Load(text);
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.Located()}"), Is.EqualTo(new[] { "CFN6005 2:3 A" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("A -> B -> A"));
        Assert.That(result.Resources, Has.Length.EqualTo(1), "an unknown condition keeps the resource");
    }

    [Test]
    public void An_undefined_condition_is_a_located_warning()
    {
        var result = TemplateTestHost.Load("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Condition: Nope\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.Located()}"), Is.EqualTo(new[] { "CFN6006 4:16 Nope" }));
    }

    private static PolicyScan.Parsers.CloudFormation.Evaluation.TemplateEvaluator Evaluator(string text, CloudFormationOptions? options = null)
    {
        var document = PolicyScan.Parsers.CloudFormation.Syntax.YamlTemplateReader.Read(new PolicyScan.Parsers.Text.SourceFile("t.yaml", text));
        return new PolicyScan.Parsers.CloudFormation.Evaluation.TemplateEvaluator(
            (PolicyScan.Parsers.CloudFormation.Syntax.TemplateMapping)document.Root!, options ?? new CloudFormationOptions(), new Dictionary<string, string>(), "t.yaml", new PolicyScan.Parsers.Diagnostics.DiagnosticBag());
    }
}
