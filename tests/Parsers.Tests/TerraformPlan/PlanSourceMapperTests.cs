using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.TerraformPlan;

namespace PolicyScan.Parsers.Tests.TerraformPlan;

/// <summary>How the planned values of a plan are located in the <c>.tf</c> files beside it.</summary>
public sealed class PlanSourceMapperTests
{
    private const string Configuration = """
        resource "aws_security_group" "web" {
          name = "web"

          ingress {
            from_port   = 443
            to_port     = 443
            protocol    = "tcp"
            cidr_blocks = ["10.0.0.0/8"]
          }

          ingress {
            from_port   = 22
            to_port     = 22
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        """;

    /// <summary>
    /// Terraform writes the elements of a set in its own order, not as written: <c>ingress</c> of a security group is a
    /// set, and here the plan lists the port 22 rule first.
    /// </summary>
    private const string Plan = """
        {
          "format_version": "1.2",
          "terraform_version": "1.9.5",
          "planned_values": { "root_module": { "resources": [ {
            "address": "aws_security_group.web", "mode": "managed", "type": "aws_security_group", "name": "web",
            "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 1,
            "values": {
              "name": "web",
              "ingress": [
                { "cidr_blocks": ["0.0.0.0/0"], "description": "", "from_port": 22, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 22 },
                { "cidr_blocks": ["10.0.0.0/8"], "description": "", "from_port": 443, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 443 }
              ]
            },
            "sensitive_values": {}
          } ] } },
          "resource_changes": [],
          "configuration": { "root_module": { "resources": [ { "address": "aws_security_group.web", "mode": "managed", "type": "aws_security_group", "name": "web", "provider_config_key": "aws", "expressions": { "name": { "constant_value": "web" } } } ] } }
        }
        """;

    [Test]
    public void Blocks_of_a_set_are_located_at_the_block_written_with_the_same_values_not_at_the_same_index()
    {
        var folder = Directory.CreateTempSubdirectory("policyscan-plan-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "main.tf"), Configuration);
            File.WriteAllText(Path.Combine(folder.FullName, "plan.json"), Plan);

            var graph = PlanScanner.Scan([folder.FullName], new PlanOptions { DisplayRoot = folder.FullName }).Graph;

            var ingress = graph.Resources.Single()["ingress"].AsBlocks();
            var ssh = ingress.Single(r => r["from_port"].AsNumber() == 22);
            var https = ingress.Single(r => r["from_port"].AsNumber() == 443);
            Assert.Multiple(() =>
            {
                Assert.That(ssh["cidr_blocks"].Elements.Single().Range.Text, Is.EqualTo("\"0.0.0.0/0\""));
                Assert.That(ssh["cidr_blocks"].Elements.Single().Range.File?.Path, Is.EqualTo("main.tf"));
                Assert.That(https["cidr_blocks"].Elements.Single().Range.Text, Is.EqualTo("\"10.0.0.0/8\""));
                Assert.That(ssh["to_port"].Range.StartPosition.Line, Is.EqualTo(13));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_provider_configuration_is_located_at_its_block_in_the_configuration()
    {
        var folder = Directory.CreateTempSubdirectory("policyscan-plan-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "main.tf"), "provider \"aws\" {\n  region = \"us-east-1\"\n}\n\n" + Configuration);
            File.WriteAllText(Path.Combine(folder.FullName, "plan.json"), Plan.Replace(
                "\"configuration\": {",
                "\"configuration\": { \"provider_config\": { \"aws\": { \"name\": \"aws\", \"full_name\": \"registry.terraform.io/hashicorp/aws\", \"expressions\": { \"region\": { \"constant_value\": \"us-east-1\" } } } },",
                StringComparison.Ordinal));

            var graph = PlanScanner.Scan([folder.FullName], new PlanOptions { DisplayRoot = folder.FullName }).Graph;

            var provider = graph.Resources.Single().Provider;
            Assert.Multiple(() =>
            {
                Assert.That(provider?.Region.AsString(), Is.EqualTo("us-east-1"));
                Assert.That(provider?.Region.Range.File?.Path, Is.EqualTo("main.tf"));
                Assert.That(provider?.Region.Range.Text, Is.EqualTo("\"us-east-1\""));
                Assert.That(graph.Providers.Single().Range.File?.Path, Is.EqualTo("main.tf"));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
