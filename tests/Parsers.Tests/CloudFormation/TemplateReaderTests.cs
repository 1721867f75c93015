using PolicyScan.Parsers.Graph;

namespace PolicyScan.Parsers.Tests.CloudFormation;

/// <summary>The YAML and JSON readers: anchors, merge keys, block scalars, typing, exact ranges, and syntax errors.</summary>
public sealed class TemplateReaderTests
{
    private const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          # The bucket that holds PHI.
          PhiBucket:
            Type: AWS::S3::Bucket
            Metadata:
              checkov:
                skip:
                  - id: CKV_AWS_18
                    comment: logs go elsewhere
            Properties:
              Tags: &tags
                - Key: team
                  Value: data
              VersioningConfiguration: &versioning
                Status: Enabled
              Policy: |
                line one
                line two
              Folded: >-
                folded
                text
              Count: 3
              Enabled: true
              Quoted: "3"
              AccountId: 012345678901
              Nothing: null
          Policy:
            Type: AWS::S3::BucketPolicy
            DependsOn: [PhiBucket]
            Properties:
              Bucket: !Ref PhiBucket
              Tags: *tags
              Merged:
                <<: *versioning
                Extra: yes
              Overridden:
                <<: *versioning
                Status: Suspended
        """;

    [Test]
    public void Resources_have_the_graph_shape_with_exact_ranges()
    {
        var result = TemplateTestHost.Load(Template);
        var bucket = result.Resource("PhiBucket");
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(bucket.Type, Is.EqualTo("AWS::S3::Bucket"));
            Assert.That(bucket.Name, Is.EqualTo("PhiBucket"));
            Assert.That(bucket.Format, Is.EqualTo(SourceFormat.CloudFormation));
            Assert.That(bucket.Root, Is.EqualTo("template.yaml"));
            Assert.That(bucket.DeclarationRange.Located(), Is.EqualTo("4:3 PhiBucket"));
            Assert.That(bucket.Range.StartPosition.ToString(), Is.EqualTo("4:3"));
            Assert.That(bucket.Range.Text, Does.EndWith("Nothing: null"));
            Assert.That(bucket["VersioningConfiguration"]["Status"].Range.Located(), Is.EqualTo("16:17 Enabled"));
            Assert.That(bucket["Tags"].At(0)["Value"].Range.Located(), Is.EqualTo("14:18 data"));
        });
    }

    [Test]
    public void Scalars_are_typed_like_yaml_and_block_scalars_keep_their_text()
    {
        var bucket = TemplateTestHost.Load(Template).Resource("PhiBucket");
        Assert.Multiple(() =>
        {
            Assert.That(bucket["Policy"].AsString(), Is.EqualTo("line one\nline two\n"));
            Assert.That(bucket["Folded"].AsString(), Is.EqualTo("folded text"));
            Assert.That(bucket["Count"], Is.InstanceOf<NumberValue>());
            Assert.That(bucket["Enabled"], Is.InstanceOf<BoolValue>());
            Assert.That(bucket["Quoted"], Is.InstanceOf<StringValue>());
            Assert.That(bucket["AccountId"].AsString(), Is.EqualTo("012345678901"), "a leading zero keeps the digits");
            Assert.That(bucket["Nothing"].IsNull, Is.True);
        });
    }

    [Test]
    public void Aliases_share_the_anchored_value_and_merge_keys_add_its_entries()
    {
        var policy = TemplateTestHost.Load(Template).Resource("Policy");
        Assert.Multiple(() =>
        {
            Assert.That(policy["Tags"].At(0)["Key"].AsString(), Is.EqualTo("team"));
            Assert.That(policy["Merged"]["Status"].AsString(), Is.EqualTo("Enabled"));
            Assert.That(policy["Merged"]["Extra"].AsString(), Is.EqualTo("yes"));
            Assert.That(policy["Overridden"]["Status"].AsString(), Is.EqualTo("Suspended"));
        });
    }

    [Test]
    public void Metadata_is_kept_and_references_include_ref_and_depends_on()
    {
        var result = TemplateTestHost.Load(Template);
        var bucket = result.Resource("PhiBucket");
        var policy = result.Resource("Policy");
        Assert.Multiple(() =>
        {
            Assert.That(bucket.Metadata.GetPath("checkov.skip.0.id").AsString(), Is.EqualTo("CKV_AWS_18"));
            Assert.That(policy.Metadata.IsMissing, Is.True);
            Assert.That(policy.References.Select(r => $"{r.FromPath} -> {r.Target} at {r.Range.StartPosition}"), Is.EquivalentTo(new[]
            {
                "Bucket -> PhiBucket at 32:15",
                "DependsOn -> PhiBucket at 30:17",
            }));
        });
    }

    [Test]
    public void A_short_form_tag_value_is_located_from_the_tag()
    {
        var policy = TemplateTestHost.Load(Template).Resource("Policy");
        Assert.That(policy["Bucket"].Range.Located(), Is.EqualTo("32:15 !Ref PhiBucket"));
    }

    [Test]
    public void Malformed_yaml_is_a_located_error_and_no_exception()
    {
        var result = TemplateTestHost.Load("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties: [unclosed\n");
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CFN6001" }));
        Assert.That(result.Diagnostics[0].Range.StartPosition.Line, Is.GreaterThanOrEqualTo(5));
        Assert.That(result.IsTemplate, Is.True);
    }

    [Test]
    public void Malformed_json_is_a_located_error_and_no_exception()
    {
        var result = TemplateTestHost.Load("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\"R\": {\"Type\": \"AWS::S3::Bucket\",}}\n}\n", "t.json");
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.StartPosition}"), Is.EqualTo(new[] { "JSON1012 3:48" }));
    }

    [Test]
    public void An_unknown_tag_is_a_located_error_and_its_value_unknown()
    {
        var result = TemplateTestHost.Load("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: !Bogus x\n      Q: kept\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.Located()}"), Is.EqualTo(new[] { "CFN6002 5:10 !Bogus" }));
        Assert.That(result.Resource("R")["P"], Is.InstanceOf<UnknownValue>());
        Assert.That(result.Resource("R")["Q"].AsString(), Is.EqualTo("kept"));
    }

    [Test]
    public void A_reference_to_nothing_is_a_located_warning_and_unknown()
    {
        var result = TemplateTestHost.Load("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: !Ref Ghost\n      Q: !GetAtt Phantom.Arn\n");
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Range.Located()}"), Is.EqualTo(new[]
        {
            "CFN6004 Warning 5:15 Ghost",
            "CFN6004 Warning 6:18 Phantom.Arn",
        }));
        Assert.That(result.Resource("R")["P"], Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void An_alias_to_no_anchor_is_a_located_error()
    {
        var result = TemplateTestHost.Load("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: *nowhere\n");
        Assert.That(result.Diagnostics.Select(d => d.Code), Has.Member("CFN6003").Or.Member("CFN6001"));
    }

    [TestCase("Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: first\n      A: second\n", "template.yaml", "6:7")]
    [TestCase("{\"Resources\": {\"R\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"A\": \"first\",\n \"A\": \"second\"}}}}", "template.json", "2:2")]
    public void A_duplicate_key_is_a_located_warning_and_the_later_value_is_read(string text, string path, string position)
    {
        var result = TemplateTestHost.Load(text, path);
        Assert.That(result.Diagnostics.Select(d => $"{d.Code} {d.Range.StartPosition}"), Is.EqualTo(new[] { $"CFN6013 {position}" }));
        Assert.That(result.Resource("R")["A"].AsString(), Is.EqualTo("second"));
    }

    [Test]
    public void Flow_collections_are_located_up_to_their_closing_bracket()
    {
        var properties = TemplateTestHost.PropertiesOf(
            "AWSTemplateFormatVersion: \"2010-09-09\"\n",
            "      Tags: [{Key: a, Value: b}, {Key: c, Value: d}]\n      Versioning: {Status: Enabled}\n");
        Assert.Multiple(() =>
        {
            Assert.That(properties["Tags"].Range.Text, Is.EqualTo("[{Key: a, Value: b}, {Key: c, Value: d}]"));
            Assert.That(properties["Tags"].At(0).Range.Text, Is.EqualTo("{Key: a, Value: b}"));
            Assert.That(properties["Versioning"].Range.Text, Is.EqualTo("{Status: Enabled}"));
        });
    }
}
