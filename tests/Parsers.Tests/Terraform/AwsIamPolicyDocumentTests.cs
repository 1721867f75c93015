using System.Collections.Immutable;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform.DataSources;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Parsers.Tests.Terraform;

/// <summary>
/// The expected JSON is written by hand from the provider's behaviour (terraform-provider-aws,
/// internal/service/iam/policy_document_data_source.go and policy_model.go, and the data source's
/// documentation): Go's MarshalIndent with two spaces for json and Marshal for minified_json.
/// </summary>
public class AwsIamPolicyDocumentTests
{
    private static readonly SourceFile File = new("main.tf", new string(' ', 2000));

    private static readonly SourceRange Block = At(0, 1000);

    private static int nextOffset = 1000;

    [Test]
    public void A_simple_allow_renders_single_elements_as_strings_and_defaults_effect_and_version()
    {
        var result = Evaluate(("statement", Blocks(Obj(("actions", Strings("s3:GetObject")), ("resources", Strings("arn:aws:s3:::b/*"))))));

        AssertJson(result, """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "s3:GetObject",
                  "Resource": "arn:aws:s3:::b/*"
                }
              ]
            }
            """);
        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"""));
        Assert.That(result.Get("json").Range, Is.EqualTo(Block));
    }

    [Test]
    public void Principal_of_type_star_with_identifier_star_renders_as_the_string_star()
    {
        var result = Evaluate(("statement", Blocks(
            Obj(("sid", S("PublicRead")), ("actions", Strings("s3:GetObject")), ("resources", Strings("arn:aws:s3:::phi/*")), ("principals", Blocks(Principal("*", "*")))),
            Obj(("sid", S("AwsStar")), ("actions", Strings("s3:ListBucket")), ("resources", Strings("arn:aws:s3:::phi")), ("principals", Blocks(Principal("AWS", "*")))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::phi/*","Principal":"*"},"""
            + """{"Sid":"AwsStar","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::phi","Principal":{"AWS":"*"}}]}"""));
    }

    [Test]
    public void Principals_are_grouped_by_type_with_sorted_keys_and_identifiers_sorted_descending()
    {
        var result = Evaluate(("statement", Blocks(Obj(
            ("actions", Strings("sts:AssumeRole")),
            ("principals", Blocks(
                Principal("Service", "lambda.amazonaws.com"),
                Principal("AWS", "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root")))))));

        AssertJson(result, """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "sts:AssumeRole",
                  "Principal": {
                    "AWS": [
                      "arn:aws:iam::444455556666:root",
                      "arn:aws:iam::111122223333:root"
                    ],
                    "Service": "lambda.amazonaws.com"
                  }
                }
              ]
            }
            """);
    }

    [Test]
    public void NotAction_NotResource_and_NotPrincipal_render_under_their_own_keys()
    {
        var result = Evaluate(("statement", Blocks(Obj(
            ("effect", S("Deny")),
            ("not_actions", Strings("iam:*")),
            ("not_resources", Strings("arn:aws:s3:::logs", "arn:aws:s3:::logs/*")),
            ("not_principals", Blocks(Principal("AWS", "arn:aws:iam::111122223333:role/admin")))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:*","NotResource":["arn:aws:s3:::logs/*","arn:aws:s3:::logs"],"NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/admin"}}]}"""));
    }

    [Test]
    public void Conditions_with_the_same_test_are_merged_and_keys_sorted()
    {
        var result = Evaluate(("statement", Blocks(Obj(
            ("actions", Strings("s3:*")),
            ("condition", Blocks(
                Condition("StringEquals", "aws:SourceVpce", "vpce-123"),
                Condition("Bool", "aws:SecureTransport", "false"),
                Condition("StringEquals", "aws:PrincipalOrgID", "o-abc"),
                Condition("StringLike", "s3:prefix", "home/", "", "docs/")))))));

        AssertJson(result, """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "s3:*",
                  "Condition": {
                    "Bool": {
                      "aws:SecureTransport": "false"
                    },
                    "StringEquals": {
                      "aws:PrincipalOrgID": "o-abc",
                      "aws:SourceVpce": "vpce-123"
                    },
                    "StringLike": {
                      "s3:prefix": [
                        "home/",
                        "",
                        "docs/"
                      ]
                    }
                  }
                }
              ]
            }
            """);
    }

    [Test]
    public void Multiple_statements_keep_their_order_and_set_elements_are_deduplicated_and_sorted_descending()
    {
        var result = Evaluate(("statement", Blocks(
            Obj(("sid", S("Read")), ("actions", Strings("s3:GetObject", "s3:ListBucket", "s3:PutObject", "s3:GetObject")), ("resources", Strings("arn:aws:s3:::b", "arn:aws:s3:::b/*"))),
            Obj(("sid", S("Deny")), ("effect", S("Deny")), ("actions", Strings("s3:DeleteBucket")), ("resources", Strings("*"))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":["s3:PutObject","s3:ListBucket","s3:GetObject"],"Resource":["arn:aws:s3:::b/*","arn:aws:s3:::b"]},"""
            + """{"Sid":"Deny","Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}"""));
        var actions = result.Get("statements").At(0).Get("actions").Elements.Select(a => a.AsString());
        Assert.That(actions, Is.EqualTo(new[] { "s3:GetObject", "s3:ListBucket", "s3:PutObject" }), "the view keeps written order without duplicates");
    }

    [Test]
    public void Source_documents_come_first_and_statements_with_the_same_sid_are_replaced_in_place()
    {
        var source = S("""{"Version":"2012-10-17","Statement":[{"Sid":"Base","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b"},{"Sid":"Shared","Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*"}]}""");
        var overrideDocument = S("""{"Id":"Overridden","Statement":[{"Sid":"Base","Effect":"Deny","Action":"s3:*","Resource":"*","Principal":"*"}]}""");
        var result = Evaluate(
            ("source_policy_documents", L(source)),
            ("override_policy_documents", L(overrideDocument)),
            ("statement", Blocks(
                Obj(("sid", S("Shared")), ("effect", S("Deny")), ("actions", Strings("s3:DeleteObject")), ("resources", Strings("*"))),
                Obj(("actions", Strings("s3:GetBucketPolicy")), ("resources", Strings("arn:aws:s3:::b"))))));

        AssertJson(result, """
            {
              "Version": "2012-10-17",
              "Id": "Overridden",
              "Statement": [
                {
                  "Sid": "Base",
                  "Effect": "Deny",
                  "Action": "s3:*",
                  "Resource": "*",
                  "Principal": "*"
                },
                {
                  "Sid": "Shared",
                  "Effect": "Deny",
                  "Action": "s3:DeleteObject",
                  "Resource": "*"
                },
                {
                  "Effect": "Allow",
                  "Action": "s3:GetBucketPolicy",
                  "Resource": "arn:aws:s3:::b"
                }
              ]
            }
            """);
        var statements = result.Get("statements");
        Assert.That(statements.At(0).Get("principals").At(0).Get("type").AsString(), Is.EqualTo("*"));
        Assert.That(statements.At(0).Get("actions").At(0).Range, Is.EqualTo(overrideDocument.Range), "values read from JSON are located at the JSON string");
    }

    [Test]
    public void A_source_document_keeps_its_action_order_and_principal_identifiers_are_sorted_descending()
    {
        var source = S("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*","Principal":{"AWS":["arn:aws:iam::1:root","arn:aws:iam::2:root"]},"Condition":{"Bool":{"aws:SecureTransport":true}}}]}""");
        var result = Evaluate(("source_policy_documents", L(source)));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*","Principal":{"AWS":["arn:aws:iam::2:root","arn:aws:iam::1:root"]},"Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"""));
    }

    [Test]
    public void Legacy_source_json_and_override_json_apply_first_and_last()
    {
        var result = Evaluate(
            ("source_json", S("""{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""")),
            ("override_json", S("""{"Statement":[{"Sid":"B","Effect":"Deny","Action":"s3:*","Resource":"*"}]}""")),
            ("override_policy_documents", L(S("""{"Statement":[{"Sid":"B","Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}"""))),
            ("statement", Blocks(Obj(("sid", S("B")), ("actions", Strings("s3:PutObject")), ("resources", Strings("*"))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"B","Effect":"Deny","Action":"s3:*","Resource":"*"}]}"""));
    }

    [Test]
    public void Policy_id_and_version_are_written_and_a_source_document_raises_the_version()
    {
        var statement = ("statement", Blocks(Obj(("actions", Strings("s3:GetObject")))));

        var legacy = Evaluate(("version", S("2008-10-17")), ("policy_id", S("MyPolicy")), statement);
        Assert.That(legacy.Get("minified_json").AsString(), Is.EqualTo("""{"Version":"2008-10-17","Id":"MyPolicy","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}"""));

        var raised = Evaluate(("version", S("2008-10-17")), ("source_policy_documents", L(S("""{"Version":"2012-10-17"}"""))), statement);
        Assert.That(raised.Get("minified_json").AsString(), Is.EqualTo("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}"""));
    }

    [Test]
    public void A_document_without_statements_has_only_its_version()
    {
        var result = Evaluate();

        AssertJson(result, """
            {
              "Version": "2012-10-17"
            }
            """);
        Assert.That(result.Get("statements").Elements, Is.Empty);
    }

    [Test]
    public void Policy_variables_written_with_ampersand_become_dollar_and_strings_are_escaped_as_go_does()
    {
        var result = Evaluate(("statement", Blocks(Obj(
            ("actions", Strings("s3:GetObject")),
            ("resources", Strings("arn:aws:s3:::b/home/&{aws:username}/*")),
            ("condition", Blocks(Condition("StringLike", "aws:UserAgent", "a<b>&\"c\"\n\u2028")))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/home/${aws:username}/*","Condition":{"StringLike":{"aws:UserAgent":"a\u003cb\u003e\u0026\"c\"\n\u2028"}}}]}"""));
    }

    [Test]
    public void An_unknown_resource_arn_makes_the_json_unknown_but_the_statements_view_stays_known()
    {
        var bucketArn = new ReferenceTarget("aws_s3_bucket.phi", "arn");
        var unknownArn = new UnknownValue("known after apply", Next(), [bucketArn]);
        var principalType = S("*");
        var result = Evaluate(("statement", Blocks(Obj(
            ("sid", S("PublicRead")),
            ("actions", Strings("s3:GetObject")),
            ("resources", L(unknownArn, S("arn:aws:s3:::other/*"))),
            ("principals", Blocks(Obj(("type", principalType), ("identifiers", Strings("*")))))))));

        foreach (var name in new[] { "json", "minified_json" })
        {
            var json = result.Get(name);
            Assert.That(json, Is.TypeOf<UnknownValue>(), name);
            Assert.That(((UnknownValue)json).References, Is.EqualTo(new[] { bucketArn }), name);
            Assert.That(json.Range, Is.EqualTo(Block), name);
        }

        var statement = result.Get("statements").At(0);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Get("sid").AsString(), Is.EqualTo("PublicRead"));
            Assert.That(statement.Get("effect").AsString(), Is.EqualTo("Allow"));
            Assert.That(statement.Get("effect").Origin, Is.EqualTo(ValueOrigin.Defaulted));
            Assert.That(statement.Get("resources").At(0), Is.SameAs(unknownArn));
            Assert.That(statement.Get("resources").At(1).AsString(), Is.EqualTo("arn:aws:s3:::other/*"));
            Assert.That(statement.Get("principals").At(0).Get("type"), Is.SameAs(principalType), "the element keeps its source range");
            Assert.That(statement.Get("principals").At(0).Get("identifiers").At(0).AsString(), Is.EqualTo("*"));
            Assert.That(statement.Get("not_actions").Elements, Is.Empty);
        });
    }

    [Test]
    public void An_unknown_source_document_is_an_unknown_statement_in_the_view()
    {
        var unknownSource = new UnknownValue("known after apply", Next(), [new ReferenceTarget("data.aws_iam_policy_document.base", "json")]);
        var result = Evaluate(
            ("source_policy_documents", L(unknownSource)),
            ("statement", Blocks(Obj(("actions", Strings("s3:GetObject"))))));

        Assert.That(result.Get("json"), Is.TypeOf<UnknownValue>());
        var statements = result.Get("statements").Elements;
        Assert.That(statements, Has.Length.EqualTo(2));
        Assert.That(statements[0], Is.SameAs(unknownSource));
        Assert.That(statements[1].Get("actions").At(0).AsString(), Is.EqualTo("s3:GetObject"));
    }

    [Test]
    public void Null_and_missing_arguments_are_simply_absent()
    {
        var result = Evaluate(
            ("policy_id", new NullValue(Next())),
            ("source_policy_documents", new NullValue(Next())),
            ("statement", Blocks(Obj(("actions", Strings("s3:GetObject")), ("resources", new NullValue(Next())), ("condition", new NullValue(Next()))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}]}"""));
    }

    [TestCaseSource(nameof(WrongShapes))]
    public void Wrong_shapes_do_not_throw_and_make_the_json_unknown(string name, Value value)
    {
        MapValue result = MapValue.Empty;
        Assert.DoesNotThrow(() => result = Evaluate((name, value)));
        Assert.That(result.Get("json"), Is.TypeOf<UnknownValue>());
        Assert.That(result.Get("minified_json"), Is.TypeOf<UnknownValue>());
        Assert.That(result.Get("statements"), Is.TypeOf<ListValue>());
    }

    [Test]
    public void A_string_where_a_set_is_expected_makes_only_that_piece_unknown()
    {
        var result = Evaluate(("statement", Blocks(Obj(("actions", S("s3:GetObject")), ("principals", Blocks(Principal("*", "*")))))));

        Assert.That(result.Get("json"), Is.TypeOf<UnknownValue>());
        var statement = result.Get("statements").At(0);
        Assert.That(statement.Get("actions"), Is.TypeOf<UnknownValue>());
        Assert.That(statement.Get("principals").At(0).Get("type").AsString(), Is.EqualTo("*"));
    }

    [Test]
    public void Arguments_the_provider_rejects_give_an_unknown_json_that_says_why()
    {
        var duplicateSid = Evaluate(("source_policy_documents", L(
            S("""{"Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject"}]}"""),
            S("""{"Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:PutObject"}]}"""))));
        var badEffect = Evaluate(("statement", Blocks(Obj(("effect", S("allow")), ("actions", Strings("s3:GetObject"))))));

        Assert.That(((UnknownValue)duplicateSid.Get("json")).Reason, Does.Contain("duplicate Sid (A)"));
        Assert.That(((UnknownValue)badEffect.Get("json")).Reason, Does.Contain("effect \"allow\""));
        Assert.That(badEffect.Get("statements").At(0).Get("effect").AsString(), Is.EqualTo("allow"));
    }

    [Test]
    public void Numbers_convert_to_strings_as_terraform_converts_them()
    {
        var result = Evaluate(("statement", Blocks(Obj(("sid", new NumberValue(1, Next())), ("actions", Strings("s3:GetObject")), ("condition", Blocks(Obj(("test", S("NumericLessThan")), ("variable", S("s3:max-keys")), ("values", L(new NumberValue(10, Next()))))))))));

        Assert.That(result.Get("minified_json").AsString(), Is.EqualTo("""{"Version":"2012-10-17","Statement":[{"Sid":"1","Effect":"Allow","Action":"s3:GetObject","Condition":{"NumericLessThan":{"s3:max-keys":"10"}}}]}"""));
    }

    private static IEnumerable<TestCaseData> WrongShapes()
    {
        yield return new TestCaseData("statement", S("oops")).SetArgDisplayNames("statement is a string");
        yield return new TestCaseData("statement", L(S("oops"))).SetArgDisplayNames("statement element is a string");
        yield return new TestCaseData("statement", Blocks(Obj(("principals", L(S("x")))))).SetArgDisplayNames("principal block is a string");
        yield return new TestCaseData("statement", Blocks(Obj(("principals", Blocks(Obj(("type", S("AWS")))))))).SetArgDisplayNames("principal without identifiers");
        yield return new TestCaseData("statement", Blocks(Obj(("condition", Blocks(Obj(("test", L()), ("variable", S("v")), ("values", Strings("x")))))))).SetArgDisplayNames("condition test is a list");
        yield return new TestCaseData("statement", Blocks(Obj(("actions", L(new NullValue(Next())))))).SetArgDisplayNames("null action");
        yield return new TestCaseData("version", L(S("2012-10-17"))).SetArgDisplayNames("version is a list");
        yield return new TestCaseData("version", S("2020-01-01")).SetArgDisplayNames("version is not supported");
        yield return new TestCaseData("source_policy_documents", L(S("not json"))).SetArgDisplayNames("source is not JSON");
        yield return new TestCaseData("source_policy_documents", L(S("[1,2]"))).SetArgDisplayNames("source is an array");
        yield return new TestCaseData("source_policy_documents", L(S("""{"Statement":{"Effect":"Allow"}}"""))).SetArgDisplayNames("source statement is an object");
        yield return new TestCaseData("source_policy_documents", L(S("""{"Statement":[{"Principal":5}]}"""))).SetArgDisplayNames("source principal is a number");
        yield return new TestCaseData("source_policy_documents", L(S("""{"Statement":[{"Action":[1]}]}"""))).SetArgDisplayNames("source action is a number");
        yield return new TestCaseData("source_policy_documents", L(new NumberValue(1, Next()))).SetArgDisplayNames("source is a number");
        yield return new TestCaseData("source_policy_documents", L(S("""{"Statement":[{"Sid":"\ud800"}],"Id":5}"""))).SetArgDisplayNames("source has a lone surrogate and a numeric Id");
        yield return new TestCaseData("source_policy_documents", L(S(new string('[', 100) + new string(']', 100)))).SetArgDisplayNames("source nests too deep");
        yield return new TestCaseData("override_policy_documents", S("{}")).SetArgDisplayNames("overrides are a string");
        yield return new TestCaseData("override_json", new MapValue([], Next())).SetArgDisplayNames("override_json is an object");
    }

    private static MapValue Evaluate(params (string Name, Value Value)[] attributes) =>
        AwsIamPolicyDocument.Evaluate(new MapValue(attributes.Select(a => new KeyValuePair<string, Value>(a.Name, a.Value)), Block), Block);

    private static void AssertJson(MapValue result, string expected) =>
        Assert.That(result.Get("json").AsString(), Is.EqualTo(expected.ReplaceLineEndings("\n")));

    private static SourceRange At(int start, int end) => new(File, new TextSpan(start, end));

    /// <summary>A fresh range for each value, so that tests can tell where a value came from.</summary>
    private static SourceRange Next()
    {
        var start = Interlocked.Add(ref nextOffset, 2) - 2;
        return At(start, start + 1);
    }

    private static StringValue S(string value) => new(value, Next());

    private static ListValue L(params Value[] items) => new([.. items], Next());

    private static ListValue Strings(params string[] items) => new([.. items.Select(item => (Value)S(item))], Next());

    private static ListValue Blocks(params Value[] blocks) => new([.. blocks], Next(), SequenceShape.List);

    private static MapValue Obj(params (string Name, Value Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, Value>(e.Name, e.Value)), Next());

    private static MapValue Principal(string type, params string[] identifiers) =>
        Obj(("type", S(type)), ("identifiers", Strings(identifiers)));

    private static MapValue Condition(string test, string variable, params string[] values) =>
        Obj(("test", S(test)), ("variable", S(variable)), ("values", Strings(values)));
}
