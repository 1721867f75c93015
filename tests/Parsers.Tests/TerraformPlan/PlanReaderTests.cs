using System.Text;
using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Parsers.Tests.TerraformPlan;

/// <summary>The plan front end on plans written here: addresses, unknowns, sensitivity, scope, references, providers, encodings, errors.</summary>
public sealed class PlanReaderTests
{
    private const string Plan = """
        {
          "format_version": "1.2",
          "variables": { "region": { "value": "eu-west-1" } },
          "planned_values": { "root_module": {
            "resources": [
              { "address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs",
                "values": { "bucket": "logs", "tags": { "team": "intake" } }, "sensitive_values": {} },
              { "address": "aws_db_instance.db", "mode": "managed", "type": "aws_db_instance", "name": "db",
                "values": { "password": "hunter2-secret", "publicly_accessible": false }, "sensitive_values": { "password": true } },
              { "address": "aws_s3_bucket.kept", "mode": "managed", "type": "aws_s3_bucket", "name": "kept",
                "values": { "bucket": "kept" }, "sensitive_values": {} }
            ],
            "child_modules": [ { "address": "module.site[\"eu\"]", "resources": [
              { "address": "module.site[\"eu\"].aws_s3_bucket.this[0]", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "index": 0,
                "values": { "bucket": "site-eu" }, "sensitive_values": {} },
              { "address": "module.site[\"eu\"].aws_s3_bucket_public_access_block.this[0]", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "index": 0,
                "values": { "block_public_acls": true }, "sensitive_values": {} }
            ] } ]
          } },
          "resource_changes": [
            { "address": "aws_s3_bucket.logs", "change": { "actions": ["create"], "after_unknown": { "id": true, "arn": true }, "after_sensitive": {} } },
            { "address": "aws_db_instance.db", "change": { "actions": ["delete", "create"], "after_unknown": {}, "after_sensitive": { "password": true } } },
            { "address": "aws_s3_bucket.kept", "change": { "actions": ["no-op"], "after_unknown": {} } },
            { "address": "aws_s3_bucket.gone", "change": { "actions": ["delete"], "after_unknown": {} } },
            { "address": "module.site[\"eu\"].aws_s3_bucket.this[0]", "change": { "actions": ["update"], "after_unknown": { "id": true } } },
            { "address": "module.site[\"eu\"].aws_s3_bucket_public_access_block.this[0]", "change": { "actions": ["create"], "after_unknown": { "bucket": true } } }
          ],
          "prior_state": { "values": { "root_module": { "resources": [
            { "address": "data.aws_iam_policy_document.read", "mode": "data", "type": "aws_iam_policy_document", "name": "read",
              "values": { "json": "{\"Version\":\"2012-10-17\"}" } }
          ] } } },
          "configuration": {
            "provider_config": { "aws": { "name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
              "expressions": { "region": { "references": ["var.region"] }, "default_tags": [ { "tags": { "constant_value": { "owner": "platform" } } } ] } } },
            "root_module": {
              "resources": [ { "address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs", "provider_config_key": "aws" } ],
              "module_calls": { "site": { "source": "./site", "module": { "resources": [
                { "address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this",
                  "expressions": { "bucket": { "references": ["aws_s3_bucket.this[0].id", "aws_s3_bucket.this"] } } }
              ] } } }
            }
          }
        }
        """;

    [Test]
    public void Resources_come_from_planned_values_through_modules_with_unknown_and_sensitive_parts_hidden()
    {
        var graph = Scan(Plan, "plan.json");
        var logs = graph.Resources.Single(r => r.Address == "aws_s3_bucket.logs");
        var db = graph.Resources.Single(r => r.Address == "aws_db_instance.db");
        var site = graph.Resources.Single(r => r.Address == "module.site[\"eu\"].aws_s3_bucket.this[0]");
        var block = graph.Resources.Single(r => r.Type == "aws_s3_bucket_public_access_block");
        Assert.Multiple(() =>
        {
            Assert.That(graph.Diagnostics.Where(d => d.IsError), Is.Empty);
            Assert.That(graph.Resources.Select(r => r.Address), Does.Not.Contain("aws_s3_bucket.gone"), "deleted resources are never judged");
            Assert.That(graph.Resources.All(r => r.Format == SourceFormat.TerraformPlan), Is.True);
            Assert.That(logs["id"], Is.TypeOf<UnknownValue>());
            Assert.That(logs.PlannedAction, Is.EqualTo("create"));
            Assert.That(db.PlannedAction, Is.EqualTo("replace"));
            Assert.That(db["password"], Is.TypeOf<UnknownValue>());
            Assert.That(((UnknownValue)db["password"]).Reason, Does.Contain("sensitive"));
            Assert.That(db["password"].Range.Text, Does.Not.Contain("hunter2"), "a sensitive value is located away from its text");
            Assert.That(site.ModuleAddress, Is.EqualTo("module.site[\"eu\"]"));
            Assert.That(site.Key, Is.EqualTo(InstanceKey.FromIndex(0)));
            Assert.That(block["bucket"] is UnknownValue { References: [{ Address: "module.site[\"eu\"].aws_s3_bucket.this[0]", Attribute: "id" }, ..] }, Is.True,
                "a reference is resolved in the referencing module instance");
            Assert.That(graph.Resources.Single(r => r.Address == "data.aws_iam_policy_document.read").Mode, Is.EqualTo(ResourceMode.Data));
            Assert.That(logs.Provider?.Region.AsString(), Is.EqualTo("eu-west-1"), "a root variable the plan gives a value for");
            Assert.That(logs.Provider?.DefaultTags.Get("owner").AsString(), Is.EqualTo("platform"));
            Assert.That(logs["tags"].Get("team").Range.StartPosition.Line, Is.GreaterThan(1), "values are located in the plan JSON");
        });
    }

    [Test]
    public void A_reference_to_a_module_input_is_followed_to_what_the_caller_passes()
    {
        var graph = Scan("""
            {
              "format_version": "1.2",
              "planned_values": { "root_module": {
                "resources": [ { "address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {} } ],
                "child_modules": [ { "address": "module.guard", "child_modules": [ { "address": "module.guard.module.inner", "resources": [
                  { "address": "module.guard.module.inner.aws_s3_bucket_public_access_block.this", "mode": "managed",
                    "type": "aws_s3_bucket_public_access_block", "name": "this", "values": { "block_public_acls": true } } ] } ] } ]
              } },
              "resource_changes": [
                { "address": "module.guard.module.inner.aws_s3_bucket_public_access_block.this", "change": { "actions": ["create"], "after_unknown": { "bucket": true } } }
              ],
              "configuration": { "root_module": {
                "resources": [ { "address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b" } ],
                "module_calls": { "guard": {
                  "expressions": { "bucket": { "references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"] } },
                  "module": { "module_calls": { "inner": {
                    "expressions": { "bucket": { "references": ["var.bucket"] } },
                    "module": { "resources": [ { "address": "aws_s3_bucket_public_access_block.this", "mode": "managed",
                      "type": "aws_s3_bucket_public_access_block", "name": "this",
                      "expressions": { "bucket": { "references": ["var.bucket"] } } } ] } } } } } } } }
            }
            """, "plan.json");
        var block = graph.Resources.Single(r => r.Type == "aws_s3_bucket_public_access_block");
        Assert.That(block["bucket"] is UnknownValue { References: [{ Address: "aws_s3_bucket.b", Attribute: "id" }, ..] }, Is.True, block["bucket"].ToString());
    }

    [Test]
    public void Changed_scope_keeps_only_created_updated_and_replaced_resources()
    {
        var graph = Scan(Plan, "plan.json", new PlanOptions { Scope = PlanScope.Changed });
        Assert.That(graph.Resources.Where(r => r.Mode == ResourceMode.Managed).Select(r => r.Address), Is.EquivalentTo(new[]
        {
            "aws_s3_bucket.logs", "aws_db_instance.db", "module.site[\"eu\"].aws_s3_bucket.this[0]", "module.site[\"eu\"].aws_s3_bucket_public_access_block.this[0]",
        }));
    }

    [Test]
    public void A_plan_written_in_utf16_by_a_shell_is_read()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-plan-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "plan.json"), Plan, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
            var graph = PlanScanner.Scan([directory.FullName], new PlanOptions { DisplayRoot = directory.FullName }).Graph;
            Assert.That(graph.Resources, Has.Length.EqualTo(6));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Other_json_is_skipped_quietly_a_broken_plan_is_reported_and_an_errored_plan_warned()
    {
        var other = Scan("""{ "name": "web", "version": "1.0.0" }""", "package.json");
        var broken = Scan("""{ "format_version": "1.2", "planned_values": { "root_module": { """, "broken.json");
        var errored = Scan("""{ "format_version": "1.2", "errored": true, "planned_values": { "root_module": {} } }""", "errored.json");
        Assert.Multiple(() =>
        {
            Assert.That(other.Resources, Is.Empty);
            Assert.That(other.Diagnostics, Is.Empty);
            Assert.That(broken.Diagnostics.Where(d => d.IsError).Select(d => d.Range.File?.Path), Is.Not.Empty.And.All.EqualTo("broken.json"));
            Assert.That(broken.Diagnostics.First(d => d.IsError).Range.StartPosition.Line, Is.GreaterThan(0));
            Assert.That(errored.Diagnostics.Select(d => d.Code), Does.Contain("PLAN7002"));
        });
    }

    private static ResourceGraph Scan(string text, string name, PlanOptions? options = null)
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-plan-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, name), text);
            return PlanScanner.Scan([directory.FullName], (options ?? new PlanOptions()) with { DisplayRoot = directory.FullName }).Graph;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
