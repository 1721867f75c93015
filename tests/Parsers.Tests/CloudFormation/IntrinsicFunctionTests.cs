using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>Each intrinsic function, in YAML short form, YAML long form and JSON.</summary>
public sealed class IntrinsicFunctionTests
{
    private const string Preamble = """
        Parameters:
          Env:
            Type: String
            Default: prod
          Subnets:
            Type: CommaDelimitedList
            Default: "a, b,c"
        Mappings:
          Sizes:
            prod:
              Instance: m5.large
        """;

    private static Value Property(string yaml, string property = "P", CloudFormationOptions? options = null) =>
        TemplateTestHost.PropertyOf(Preamble, yaml, property, options);

    [TestCase("      P: !Ref Env\n")]
    [TestCase("      P:\n        Ref: Env\n")]
    [TestCase("      P: {\"Ref\": \"Env\"}\n")]
    public void Ref_to_a_parameter_gives_its_value_in_every_form(string yaml)
    {
        Assert.That(Property(yaml).AsString(), Is.EqualTo("prod"));
    }

    [Test]
    public void Ref_to_a_parameter_is_located_at_the_reference()
    {
        var value = Property("      P: !Ref Env\n");
        Assert.That(value.Range.Text, Is.EqualTo("!Ref Env"));
    }

    [TestCase("      P: !Ref Other\n", null)]
    [TestCase("      P: !GetAtt Other.TopicName\n", "TopicName")]
    [TestCase("      P: !GetAtt [Other, TopicName]\n", "TopicName")]
    [TestCase("      P:\n        Fn::GetAtt: [Other, TopicName]\n", "TopicName")]
    public void Ref_and_GetAtt_to_a_resource_are_unknown_and_refer_to_it(string yaml, string? attribute)
    {
        var value = Property(yaml);
        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)value).References, Is.EqualTo(new[] { new ReferenceTarget("Other", attribute) }));
    }

    [TestCase("      P: !Sub \"${Env}-${AWS::Partition}-${!Literal}\"\n")]
    [TestCase("      P: !Sub [\"${Env}-${Part}-${!Literal}\", {Part: aws}]\n")]
    [TestCase("      P:\n        Fn::Sub:\n          - \"${Env}-${Part}-${!Literal}\"\n          - Part: !Ref AWS::Partition\n")]
    public void Sub_substitutes_parameters_pseudo_parameters_variables_and_keeps_escaped_literals(string yaml)
    {
        Assert.That(Property(yaml).AsString(), Is.EqualTo("prod-aws-${Literal}"));
    }

    [Test]
    public void Sub_with_a_resource_attribute_is_unknown_with_the_reference_and_the_known_text()
    {
        var value = (UnknownValue)Property("      P: !Sub \"arn:${Other.TopicName}/x\"\n");
        Assert.That(value.References, Is.EqualTo(new[] { new ReferenceTarget("Other", "TopicName") }));
        Assert.That(value.Partial?.AsString(), Is.EqualTo($"arn:{UnknownValue.Placeholder}/x"));
    }

    [TestCase("      P: !Join [\"-\", [a, !Ref Env, 3]]\n", "a-prod-3")]
    [TestCase("      P: !Join [\",\", !Ref Subnets]\n", "a,b,c")]
    [TestCase("      P: !Select [1, !Ref Subnets]\n", "b")]
    [TestCase("      P: !Select [\"0\", [x, y]]\n", "x")]
    [TestCase("      P: !Select [2, !Split [\"/\", \"a/b/c\"]]\n", "c")]
    [TestCase("      P: !Base64 hello\n", "aGVsbG8=")]
    [TestCase("      P: !FindInMap [Sizes, !Ref Env, Instance]\n", "m5.large")]
    [TestCase("      P: !Select [3, !Cidr [\"10.0.0.0/16\", 4, 8]]\n", "10.0.3.0/24")]
    [TestCase("      P: !If [IsProd, yes-prod, not-prod]\n", "yes-prod")]
    [TestCase("      P: !Join [\"\", [!If [IsDev, dev, !Ref AWS::NoValue], x]]\n", "x")]
    public void Functions_with_known_arguments_are_evaluated(string yaml, string expected)
    {
        var preamble = Preamble + "\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Not [!Condition IsProd]\n";
        var value = TemplateTestHost.PropertyOf(preamble, yaml, "P");
        Assert.That(value.AsString(), Is.EqualTo(expected));
    }

    [TestCase("      P: !GetAZs \"\"\n")]
    [TestCase("      P: !ImportValue shared-vpc\n")]
    [TestCase("      P:\n        Fn::Transform:\n          Name: AWS::Include\n")]
    [TestCase("      P: !Select [0, !GetAZs \"\"]\n")]
    public void Functions_known_only_at_deployment_are_unknown(string yaml)
    {
        Assert.That(Property(yaml), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void NoValue_removes_the_property()
    {
        var properties = TemplateTestHost.PropertiesOf(Preamble, "      P: !Ref AWS::NoValue\n      Q: kept\n");
        Assert.That(properties.Keys, Is.EqualTo(new[] { "Q" }));
    }

    [Test]
    public void Json_templates_evaluate_the_same_functions()
    {
        var json = """
            {
              "Parameters": {"Env": {"Type": "String", "Default": "prod"}},
              "Resources": {
                "Topic": {"Type": "AWS::SNS::Topic"},
                "Bucket": {
                  "Type": "AWS::S3::Bucket",
                  "Properties": {
                    "BucketName": {"Fn::Join": ["-", [{"Ref": "Env"}, {"Fn::Select": [0, {"Fn::Split": [",", "a,b"]}]}]]},
                    "Topic": {"Fn::GetAtt": ["Topic", "TopicArn"]},
                    "Text": {"Fn::Sub": "${Env}"}
                  }
                }
              }
            }
            """;
        var result = TemplateTestHost.Load(json, "template.json");
        var bucket = result.Resource("Bucket");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(bucket["BucketName"].AsString(), Is.EqualTo("prod-a"));
            Assert.That(bucket["Text"].AsString(), Is.EqualTo("prod"));
            Assert.That(((UnknownValue)bucket["Topic"]).References, Is.EqualTo(new[] { new ReferenceTarget("Topic", "TopicArn") }));
            Assert.That(bucket["BucketName"].Range.StartPosition.Line, Is.EqualTo(8));
        });
    }

    [Test]
    public void An_unknown_function_is_a_located_warning_and_unknown()
    {
        var result = TemplateTestHost.Load("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P:\n        Fn::Nope: 1\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.Located()}"), Is.EqualTo(new[] { "CFN6007 6:9 Fn::Nope" }));
        Assert.That(result.Resource("R")["P"], Is.InstanceOf<UnknownValue>());
    }
}
