using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>Parameter values: given, defaulted, missing; list types; both parameter file forms; pseudo parameters.</summary>
public sealed class ParameterTests
{
    private const string Template = """
        Parameters:
          WithDefault:
            Type: String
            Default: from-default
          WithoutDefault:
            Type: String
          Zones:
            Type: List<AWS::EC2::AvailabilityZone::Name>
            Default: "eu-west-1a,eu-west-1b"
        Resources:
          R:
            Type: AWS::S3::Bucket
            Properties:
              A: !Ref WithDefault
              B: !Ref WithoutDefault
              C: !Select [1, !Ref Zones]
              Region: !Ref AWS::Region
              Account: !Ref AWS::AccountId
              Partition: !Ref AWS::Partition
              Suffix: !Ref AWS::URLSuffix
              StackName: !Ref AWS::StackName
              StackId: !Ref AWS::StackId
              Notifications: !Ref AWS::NotificationARNs
        """;

    [Test]
    public void A_parameter_gives_its_default_and_one_without_value_is_unknown()
    {
        var resource = TemplateTestHost.Load(Template).Resource("R");
        Assert.Multiple(() =>
        {
            Assert.That(resource["A"].AsString(), Is.EqualTo("from-default"));
            Assert.That(resource["B"], Is.InstanceOf<UnknownValue>());
            Assert.That(resource["C"].AsString(), Is.EqualTo("eu-west-1b"));
        });
    }

    [Test]
    public void An_unknown_account_id_is_the_stacks_own_account_not_an_unset_input()
    {
        var resource = TemplateTestHost.Load(Template).Resource("R");
        Assert.Multiple(() =>
        {
            Assert.That(((UnknownValue)resource["Account"]).References.Single().Address, Is.EqualTo("AWS::AccountId"));
            Assert.That(((UnknownValue)resource["B"]).References, Is.Empty, "a parameter without a value could be anything");
        });
    }

    [Test]
    public void Given_values_win_over_defaults()
    {
        var resource = TemplateTestHost.Load(Template, parameters: new Dictionary<string, string> { ["WithDefault"] = "given", ["WithoutDefault"] = "also" }).Resource("R");
        Assert.That(new[] { resource["A"].AsString(), resource["B"].AsString() }, Is.EqualTo(new[] { "given", "also" }));
    }

    [Test]
    public void Pseudo_parameters_are_known_where_the_options_or_the_partition_say_so()
    {
        var unknown = TemplateTestHost.Load(Template).Resource("R");
        var known = TemplateTestHost.Load(Template, options: new CloudFormationOptions { Region = "cn-north-1", AccountId = "012345678901" }).Resource("R");
        Assert.Multiple(() =>
        {
            Assert.That(unknown["Region"], Is.InstanceOf<UnknownValue>());
            Assert.That(unknown["Account"], Is.InstanceOf<UnknownValue>());
            Assert.That(unknown["Partition"].AsString(), Is.EqualTo("aws"));
            Assert.That(unknown["Suffix"].AsString(), Is.EqualTo("amazonaws.com"));
            Assert.That(unknown["StackName"], Is.InstanceOf<UnknownValue>());
            Assert.That(unknown["StackId"], Is.InstanceOf<UnknownValue>());
            Assert.That(unknown["Notifications"], Is.InstanceOf<UnknownValue>());
            Assert.That(known["Region"].AsString(), Is.EqualTo("cn-north-1"));
            Assert.That(known["Account"].AsString(), Is.EqualTo("012345678901"));
            Assert.That(known["Partition"].AsString(), Is.EqualTo("aws-cn"));
            Assert.That(known["Suffix"].AsString(), Is.EqualTo("amazonaws.com.cn"));
        });
    }

    [TestCase("parameters-cli.json")]
    [TestCase("parameters-pipeline.json")]
    public void Both_parameter_file_forms_are_read(string file)
    {
        var diagnostics = new DiagnosticBag();
        var values = ParameterFileReader.Read(Fixtures.Path("cloudformation", "parameters", file), file, diagnostics);
        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string> { ["WithoutDefault"] = "from-file", ["Zones"] = "eu-west-1a,eu-west-1c" }));
    }

    [Test]
    public void The_scanner_applies_the_parameter_file()
    {
        var graph = CloudFormationScanner.Scan(
            [Fixtures.Path("cloudformation", "parameters", "template.yaml")],
            new CloudFormationOptions { ParameterFile = Fixtures.Path("cloudformation", "parameters", "parameters-cli.json") });
        var resource = graph.Resources.Single();
        Assert.That(graph.Diagnostics, Is.Empty);
        Assert.That(new[] { resource["Name"].AsString(), resource["Zone"].AsString() }, Is.EqualTo(new[] { "from-file", "eu-west-1c" }));
    }

    [Test]
    public void A_malformed_parameter_file_is_a_located_error()
    {
        var diagnostics = new DiagnosticBag();
        ParameterFileReader.Read(Fixtures.Path("cloudformation", "parameters", "parameters-wrong-shape.json"), "parameters-wrong-shape.json", diagnostics);
        Assert.That(diagnostics.Items.Select(d => $"{d.Code} {d.Range.StartPosition}"), Is.EqualTo(new[] { "CFN6011 1:1" }));
    }
}
