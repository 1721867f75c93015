using PolicyScan.Cli.Output;

namespace PolicyScan.Cli.Tests;

/// <summary><c>graph --format dot|mermaid</c>: goldens on the example stack, highlighting and escaping.</summary>
public sealed class GraphDrawingTests
{
    [Test]
    public void Dot_graph_of_the_example_stack_matches_its_golden()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("graph", path, "--root", root, "--format", "dot");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Golden.AssertMatches(stdout, "graph.dot");
        Assert.That(stdout, Does.Contain("subgraph cluster_1 {"));
        Assert.That(stdout, Does.Contain("r_aws_s3_bucket_transcripts [label=\"aws_s3_bucket.transcripts\\naws_s3_bucket\", style=filled, fillcolor=\"#e06666\""));
        Assert.That(stdout, Does.Contain("r_aws_s3_bucket_policy_transcripts -> r_aws_s3_bucket_transcripts [label=\"bucket, policy\"];"));
        Assert.That(stdout, Does.Contain("r_aws_s3_bucket_acl_transcripts [label=\"aws_s3_bucket_acl.transcripts\\naws_s3_bucket_acl\"];"), "a resource that fails nothing is not filled");
    }

    [Test]
    public void Mermaid_graph_of_the_example_stack_matches_its_golden()
    {
        var (path, root) = Golden.ExampleStack;
        var (code, stdout, _) = CliRunner.Run("graph", path, "--root", root, "--format", "mermaid");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Golden.AssertMatches(stdout, "graph.mmd");
        Assert.That(stdout, Does.StartWith("flowchart LR\n  subgraph cluster_1[\"examples/insecure/terraform\"]\n"));
        Assert.That(stdout, Does.Match(@"\n  class [a-z0-9_,]*r_aws_s3_bucket_transcripts[a-z0-9_,]* critical\n"));
    }

    [Test]
    public void The_same_graph_gives_the_same_bytes()
    {
        var (path, root) = Golden.ExampleStack;
        foreach (var format in new[] { "dot", "mermaid" })
        {
            // Roots are evaluated in parallel; the drawing must not depend on which finished first.
            var first = CliRunner.Run("graph", path, "--root", root, "--format", format).Stdout;
            var second = CliRunner.Run("graph", path, "--root", root, "--format", format).Stdout;
            Assert.That(second, Is.EqualTo(first), format);
        }
    }

    [Test]
    public void A_resource_a_policy_could_not_decide_is_dashed()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-graph-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "main.tf"), """
                variable "cidrs" {}
                resource "aws_security_group" "sg" {
                  description = "web"
                  ingress {
                    description = "ssh"
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = var.cidrs
                  }
                }
                """);
            var (_, dot, _) = CliRunner.Run("graph", directory.FullName, "--root", directory.FullName, "--format", "dot");
            Assert.That(dot, Does.Contain("r_aws_security_group_sg [label=\"aws_security_group.sg\\naws_security_group\", style=dashed"));
            var (_, mermaid, _) = CliRunner.Run("graph", directory.FullName, "--root", directory.FullName, "--format", "mermaid");
            Assert.That(mermaid, Does.EndWith("  classDef unknown stroke-dasharray:5 5\n  class r_aws_security_group_sg unknown\n"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Dot_strings_escape_quotes_backslashes_and_line_breaks() =>
        Assert.That(GraphDotWriter.Quote("aws_subnet.a[\"x\\y\"]\ntype"), Is.EqualTo("\"aws_subnet.a[\\\"x\\\\y\\\"]\\ntype\""));

    [Test]
    public void Mermaid_labels_turn_syntax_characters_into_entities() =>
        Assert.That(GraphMermaidWriter.Quote("aws_subnet.a[\"#1\"] <b>"), Is.EqualTo("\"aws_subnet.a[#quot;#35;1#quot;] #lt;b#gt;\""));

    [Test]
    public void Instances_get_safe_unique_ids()
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-graph-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "main.tf"), """
                variable "names" {}
                resource "aws_s3_bucket" "b" {
                  for_each = toset(["a-1", "b.2"])
                  bucket   = each.key
                }
                resource "aws_s3_bucket_versioning" "v" {
                  bucket = var.names
                  versioning_configuration { status = "Enabled" }
                }
                """);
            var (_, mermaid, _) = CliRunner.Run("graph", directory.FullName, "--root", directory.FullName, "--format", "mermaid");
            Assert.That(mermaid, Does.Contain("r_aws_s3_bucket_b__a_1__[\"aws_s3_bucket.b[#quot;a-1#quot;]<br/>aws_s3_bucket\"]"));
            Assert.That(mermaid, Does.Contain("r_aws_s3_bucket_b__b_2__[\"aws_s3_bucket.b[#quot;b.2#quot;]<br/>aws_s3_bucket\"]"));
            var (_, dot, _) = CliRunner.Run("graph", directory.FullName, "--root", directory.FullName, "--format", "dot");
            Assert.That(dot, Does.Contain("[label=\"aws_s3_bucket.b[\\\"a-1\\\"]\\naws_s3_bucket\""));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
