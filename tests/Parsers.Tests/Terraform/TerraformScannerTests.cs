using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Parsers.Tests.Terraform;

/// <summary>
/// Evaluation of whole configurations. Expected values are written by hand from Terraform's documented
/// behaviour (variable precedence, type conversion, count/for_each, module scoping).
/// </summary>
public sealed class TerraformScannerTests
{
    private static ResourceGraph Scan(string fixture, TerraformOptions? options = null) =>
        TerraformScanner.Scan([Fixtures.Path("terraform", fixture)], (options ?? new TerraformOptions()) with
        {
            DisplayRoot = Fixtures.Path("terraform"),
            Environment = options?.Environment ?? new Dictionary<string, string>(),
        });

    private static Resource Resource(ResourceGraph graph, string address)
    {
        var found = graph.Resources.Where(r => r.Address == address).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"resource {address}; graph has: {string.Join(", ", graph.Resources.Select(r => r.Address))}");
        return found[0];
    }

    private static string Display(Value value) => ValueDisplay.Format(value);

    [Test]
    public void Variables_follow_Terraforms_precedence_and_types()
    {
        var graph = Scan("variables", new TerraformOptions
        {
            VariableFiles = [Fixtures.Path("terraform", "variables", "extra.tfvars")],
            Variables = ["from_cli=42"],
            Environment = new Dictionary<string, string> { ["TF_VAR_from_env"] = "[\"x\", \"y\"]" },
        });
        var bucket = Resource(graph, "aws_s3_bucket.b");

        Assert.Multiple(() =>
        {
            Assert.That(bucket["bucket"].AsString(), Is.EqualTo("from-default"));
            Assert.That(bucket["tfvars"].AsString(), Is.EqualTo("tfvars"));
            Assert.That(bucket["auto"].AsString(), Is.EqualTo("b-auto"), "*.auto.tfvars in lexical order, after terraform.tfvars");
            Assert.That(bucket["var_file"].AsString(), Is.EqualTo("var-file"), "--var-file wins over auto files");
            Assert.That(bucket["cli"], Is.InstanceOf<NumberValue>());
            Assert.That(bucket["cli"].AsNumber(), Is.EqualTo(42m));
            Assert.That(Display(bucket["env"]), Is.EqualTo("[\"x\", \"y\"]"));
            Assert.That(bucket["unset"], Is.InstanceOf<UnknownValue>());
            Assert.That(((UnknownValue)bucket["unset"]).Reason, Does.Contain("variable \"unset\" has no value"));
            Assert.That(bucket["not_nullable"].AsString(), Is.EqualTo("fallback"), "nullable = false replaces null by the default");
            Assert.That(Display(bucket["settings"]), Is.EqualTo("{enabled = null, name = \"svc\", port = 443}"), "optional() defaults");
            Assert.That(Display(bucket["ports"]), Is.EqualTo("[80, 443]"), "list(number) converts \"80\"");
        });
    }

    [Test]
    public void A_value_from_a_variable_is_located_at_the_attribute_that_uses_it()
    {
        var graph = Scan("variables", new TerraformOptions { Variables = ["from_cli=1"] });
        var bucket = Resource(graph, "aws_s3_bucket.b");
        var start = bucket["bucket"].Range.StartPosition;
        Assert.That((bucket["bucket"].Range.File?.Path, start.Line, start.Column), Is.EqualTo(("variables/main.tf", 56, 19)));
        Assert.That(bucket["settings"]["port"].Range.StartPosition.Line, Is.EqualTo(64), "the default from optional() is located at the attribute too");
    }

    [Test]
    public void Local_cycles_are_reported_and_do_not_hang()
    {
        var graph = Scan("locals-cycle");
        var bucket = Resource(graph, "aws_s3_bucket.b");
        Assert.Multiple(() =>
        {
            Assert.That(bucket["bucket"], Is.InstanceOf<UnknownValue>());
            Assert.That(graph.Diagnostics.Select(d => d.Code), Does.Contain("TF5002"));
            Assert.That(bucket["tags"]["later"].AsString(), Is.EqualTo("OK-x"), "locals are evaluated in dependency order, not file order");
            var module = graph.Modules.Single();
            Assert.That(module.Locals["fine"].AsString(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public void Count_for_each_and_dynamic_blocks_expand_to_instances()
    {
        var graph = Scan("expansion");
        Assert.Multiple(() =>
        {
            Assert.That(Resource(graph, "aws_subnet.counted[0]")["cidr_block"].AsString(), Is.EqualTo("10.0.0.0/24"));
            Assert.That(Resource(graph, "aws_subnet.counted[1]")["cidr_block"].AsString(), Is.EqualTo("10.0.1.0/24"));
            Assert.That(Resource(graph, "aws_s3_bucket.each_set[\"alpha\"]")["bucket"].AsString(), Is.EqualTo("phi-alpha"));
            Assert.That(Resource(graph, "aws_s3_bucket.each_set[\"beta\"]").Key, Is.EqualTo(InstanceKey.FromKey("beta")));
            Assert.That(Resource(graph, "aws_s3_bucket.each_map[\"b\"]")["bucket"].AsString(), Is.EqualTo("two"));
            Assert.That(graph.Resources.Any(r => r.Address.StartsWith("aws_s3_bucket.none", StringComparison.Ordinal)), Is.False, "count = 0 makes no instance");

            var representative = Resource(graph, "aws_s3_bucket.unknown");
            Assert.That(representative["bucket"], Is.InstanceOf<UnknownValue>(), "count.index is unknown when the count is");
            Assert.That(representative["acl"].AsString(), Is.EqualTo("private"), "what does not depend on the count is still known");

            var group = Resource(graph, "aws_security_group.dyn");
            Assert.That(Display(group["ingress"]), Is.EqualTo("[{from_port = 22, protocol = \"tcp\", to_port = 22}, {from_port = 443, protocol = \"tcp\", to_port = 443}]"));
            Assert.That(Display(group["egress"]), Is.EqualTo("[{cidr_blocks = [\"0.0.0.0/0\"], description = \"all\"}]"));

            var placeholder = Resource(graph, "aws_security_group.dyn_unknown")["ingress"].At(0);
            Assert.That(placeholder.MayNotExist, Is.True, "a dynamic block over an unknown collection may produce no block");
            Assert.That(placeholder["from_port"], Is.InstanceOf<UnknownValue>());
            Assert.That(placeholder["protocol"].AsString(), Is.EqualTo("tcp"));
            Assert.That(group["ingress"].At(0).MayNotExist, Is.False);

            var outputs = graph.Modules.Single().Outputs;
            Assert.That(Display(outputs["subnets"]), Is.EqualTo("[\"10.0.0.0/24\", \"10.0.1.0/24\"]"));
            Assert.That(Display(outputs["bucket_ids"]), Is.EqualTo("[\"one\", \"two\"]"));
        });
    }

    [Test]
    public void Local_modules_are_evaluated_in_each_calling_context()
    {
        var graph = Scan("modules/app");
        Assert.Multiple(() =>
        {
            Assert.That(Resource(graph, "module.buckets[\"phi\"].aws_s3_bucket.this")["bucket"].AsString(), Is.EqualTo("phi-data"));
            Assert.That(Resource(graph, "module.buckets[\"models\"].aws_s3_bucket.this")["bucket"].AsString(), Is.EqualTo("model-weights"));
            Assert.That(Resource(graph, "module.buckets[\"phi\"].aws_s3_bucket_versioning.this")["versioning_configuration"].At(0)["status"].AsString(), Is.EqualTo("Enabled"));
            Assert.That(Resource(graph, "module.buckets[\"models\"].aws_s3_bucket_versioning.this")["versioning_configuration"].At(0)["status"].AsString(), Is.EqualTo("Suspended"));
            Assert.That(Resource(graph, "module.single.aws_s3_bucket.this").ModuleAddress, Is.EqualTo("module.single"));

            var policy = Resource(graph, "aws_s3_bucket_policy.uses_output");
            Assert.That(policy["bucket"].AsString(), Is.EqualTo("single"), "an output that reads a configured attribute is known");
            Assert.That(policy["policy"].AsString(), Is.EqualTo("{\"Statement\":[{\"Action\":\"s3:*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}},\"Effect\":\"Deny\",\"Principal\":\"*\",\"Resource\":\"arn:aws:s3:::phi-data/*\"}],\"Version\":\"2012-10-17\"}"));

            var versioning = Resource(graph, "module.single.aws_s3_bucket_versioning.this");
            Assert.That(versioning["bucket"], Is.InstanceOf<UnknownValue>());
            Assert.That(((UnknownValue)versioning["bucket"]).References, Is.EqualTo(new[] { new ReferenceTarget("module.single.aws_s3_bucket.this", "id") }));
            Assert.That(versioning.References.Select(r => (r.FromPath, r.Target.Address)), Does.Contain(("bucket", "module.single.aws_s3_bucket.this")));

            var root = graph.Modules.Single(m => m.Address.Length == 0);
            Assert.That(Display(root.Outputs["all_names"]), Is.EqualTo("{models = \"model-weights\", phi = \"phi-data\"}"));
            Assert.That(graph.Modules.Select(m => m.Address), Does.Contain("module.buckets[\"phi\"].module.policy"));
        });
    }

    [Test]
    public void Split_resources_are_linked_by_reference()
    {
        var graph = Scan("references");
        var block = Resource(graph, "aws_s3_bucket_public_access_block.phi");
        var byName = Resource(graph, "aws_s3_bucket_policy.by_name");
        var viaLocal = Resource(graph, "aws_s3_bucket_logging.via_local");
        Assert.Multiple(() =>
        {
            Assert.That(((UnknownValue)block["bucket"]).References.Single(), Is.EqualTo(new ReferenceTarget("aws_s3_bucket.phi", "id")));
            Assert.That(byName["bucket"].AsString(), Is.EqualTo("phi-exports"), "a configured attribute of another resource is known");
            Assert.That(byName.References.Select(r => r.Target.Address), Does.Contain("aws_s3_bucket.phi"));
            Assert.That(byName.References.Select(r => r.Target.Address), Does.Contain("data.aws_iam_policy_document.read"));
            Assert.That(((UnknownValue)viaLocal["bucket"]).References.Single().Address, Is.EqualTo("aws_s3_bucket.phi"), "references survive a local");
            Assert.That(viaLocal.References.Select(r => (r.FromPath, r.Target.Address)), Does.Contain(("bucket", "aws_s3_bucket.phi")));
            Assert.That(Resource(graph, "data.aws_iam_policy_document.read").Mode, Is.EqualTo(ResourceMode.Data));
        });
    }

    [Test]
    public void File_functions_resolve_relative_to_the_module()
    {
        var graph = Scan("files");
        Assert.Multiple(() =>
        {
            Assert.That(Resource(graph, "aws_iam_policy.from_file")["policy"].AsString(), Is.EqualTo("{\"Version\": \"2012-10-17\", \"Statement\": []}\n"));
            Assert.That(
                Resource(graph, "aws_iam_policy.from_template")["policy"].AsString(),
                Is.EqualTo("{\"Statement\": [{\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::phi/*\"}{\"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::phi/*\"}]}\n"));
            var bucket = Resource(graph, "aws_s3_bucket.b");
            Assert.That(bucket["bucket"].AsString(), Is.EqualTo("missing"));
            Assert.That(bucket["tags"]["module"].AsString(), Is.EqualTo("."));
            Assert.That(bucket["tags"]["ws"].AsString(), Is.EqualTo("default"));
        });
    }

    [Test]
    public void Remote_modules_resolve_through_the_init_manifest_or_are_reported_unresolved()
    {
        var graph = Scan("remote");
        Assert.Multiple(() =>
        {
            Assert.That(Resource(graph, "module.vpc.aws_vpc.this")["tags"]["Name"].AsString(), Is.EqualTo("main"));
            var flowLog = Resource(graph, "aws_flow_log.vpc");
            Assert.That(((UnknownValue)flowLog["vpc_id"]).References.Single().Address, Is.EqualTo("module.vpc.aws_vpc.this"));
            var missing = graph.Diagnostics.Single(d => d.Code == "TF5007");
            Assert.That(missing.Severity, Is.EqualTo(DiagnosticSeverity.Info), "an unresolved remote module is not an error");
            Assert.That(graph.Modules.Single(m => m.Address.Length == 0).Calls.Single(c => c.Name == "missing").ResolvedDirectory, Is.Null);
            Assert.That(graph.HasErrors, Is.False);
        });
    }

    [Test]
    public void A_module_that_calls_itself_is_reported_once_and_the_scan_finishes()
    {
        var graph = Scan("recursion");
        Assert.Multiple(() =>
        {
            Assert.That(graph.Resources.Select(r => r.Address), Is.EqualTo(new[] { "module.again.aws_s3_bucket.inside" }));
            Assert.That(graph.Diagnostics.Count(d => d.Code == "TF5008"), Is.EqualTo(1));
        });
    }

    [Test]
    public void Providers_are_attached_with_region_default_tags_and_aliases()
    {
        var graph = Scan("providers");
        Assert.Multiple(() =>
        {
            var defaultBucket = Resource(graph, "aws_s3_bucket.default");
            Assert.That(defaultBucket.Provider?.Region.AsString(), Is.EqualTo("eu-west-1"));
            Assert.That(defaultBucket.Provider?.DefaultTags["data-classification"].AsString(), Is.EqualTo("phi"));
            Assert.That(Resource(graph, "aws_s3_bucket.aliased").Provider?.Region.AsString(), Is.EqualTo("us-east-1"));
            Assert.That(Resource(graph, "module.child.aws_s3_bucket.in_child").Provider?.Alias, Is.EqualTo("us"), "providers = { aws = aws.us } passes the alias");
        });
    }

    [Test]
    public void Json_configuration_is_evaluated_like_native_syntax()
    {
        var graph = Scan("json-config");
        var bucket = Resource(graph, "aws_s3_bucket.b");
        Assert.Multiple(() =>
        {
            Assert.That(bucket["bucket"].AsString(), Is.EqualTo("json-bucket"));
            Assert.That(bucket["tags"]["Env"].AsString(), Is.EqualTo("prod"));
            Assert.That(bucket.Range.File?.Path, Is.EqualTo("json-config/main.tf.json"));
            Assert.That(bucket.DeclarationRange.StartPosition.Line, Is.EqualTo(7));
        });
    }

    [Test]
    public void In_a_module_tree_examples_are_roots_and_the_modules_they_call_are_not()
    {
        var graph = Scan("example-tree");
        Assert.That(
            graph.Resources.Select(r => r.Address).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "module.root.aws_s3_bucket.this", "module.root.module.sub.aws_kms_key.this" }));
        Assert.That(Resource(graph, "module.root.aws_s3_bucket.this")["bucket"].AsString(), Is.EqualTo("example-bucket"));
    }

    [Test]
    public void A_module_directory_scanned_alone_has_its_unset_variables_unknown()
    {
        var graph = TerraformScanner.Scan([Fixtures.Path("terraform", "example-tree", "main.tf")], new TerraformOptions { Environment = new Dictionary<string, string>() });
        var bucket = Resource(graph, "aws_s3_bucket.this");
        Assert.That(bucket["bucket"], Is.InstanceOf<UnknownValue>());
    }
}
