using PolicyScan.Parsers.Graph;
using PolicyScan.Parsers.Hcl.Syntax;
using static PolicyScan.Parsers.Tests.Hcl.HclTestParsing;
using Attribute = PolicyScan.Parsers.Hcl.Syntax.Attribute;

namespace PolicyScan.Parsers.Tests.Hcl;

public class StructureTests
{
    [Test]
    public void Attributes_are_read_in_order_with_their_ranges()
    {
        var file = ParseValid("a = 1\nbb = \"two\"\n");

        var attributes = file.Body.Attributes.ToArray();
        Assert.That(attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "a", "bb" }));
        Assert.That(Where(attributes[1]), Is.EqualTo("2:1-2:11"));
        Assert.That(Where(attributes[1].Name), Is.EqualTo("2:1-2:3"));
        Assert.That(Where(attributes[1].Expression), Is.EqualTo("2:6-2:11"));
        Assert.That(Where(file.Body), Is.EqualTo("1:1-3:1"));
    }

    [Test]
    public void Block_with_quoted_and_bare_labels_and_nested_block()
    {
        var file = ParseValid("resource \"aws_s3_bucket\" b {\n  bucket = \"x\"\n  versioning {\n    enabled = true\n  }\n}\n");

        var block = file.Body.Blocks.Single();
        Assert.That(block.Type.Name, Is.EqualTo("resource"));
        Assert.That(block.Labels.Select(l => l.Value), Is.EqualTo(new[] { "aws_s3_bucket", "b" }));
        Assert.That(Where(block.Labels[0]), Is.EqualTo("1:10-1:25"));
        Assert.That(Where(block.HeaderRange), Is.EqualTo("1:1-1:27"));
        Assert.That(Where(block), Is.EqualTo("1:1-6:2"));
        Assert.That(Where(block.Body), Is.EqualTo("1:28-6:2"));
        var nested = block.Body.BlocksOfType("versioning").Single();
        Assert.That(nested.Body.FindAttribute("enabled")!.Expression, Is.TypeOf<LiteralExpression>());
    }

    [Test]
    public void Label_escapes_are_decoded()
    {
        var file = ParseValid("a \"x\\\"y\\u00e9\" {}\n");

        Assert.That(file.Body.Blocks.Single().Labels[0].Value, Is.EqualTo("x\"y\u00e9"));
    }

    [Test]
    public void One_line_blocks_hold_zero_or_one_argument()
    {
        var file = ParseValid("a {}\nb { c = \"foo\" }\n");

        var blocks = file.Body.Blocks.ToArray();
        Assert.That(blocks[0].Body.Items, Is.Empty);
        var attribute = blocks[1].Body.Attributes.Single();
        Assert.That(attribute.Name.Name, Is.EqualTo("c"));
        Assert.That(Where(blocks[1]), Is.EqualTo("2:1-2:16"));
    }

    [Test]
    public void Comments_of_all_three_kinds_are_kept_as_trivia_with_their_markers()
    {
        var file = ParseValid("# hash\na = 1 // slash\n/* block\n comment */ b = 2\n");

        Assert.That(file.Comments.Select(c => c.Text), Is.EqualTo(new[] { "# hash", "// slash", "/* block\n comment */" }));
        Assert.That(Where(file.Comments[1]), Is.EqualTo("2:7-2:15"));
        Assert.That(file.Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Line_comment_ends_an_attribute_like_a_newline()
    {
        var file = ParseValid("a = 1 # trailing\nb = 2");

        Assert.That(file.Body.Attributes.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Crlf_line_endings_are_newlines_and_ranges_count_lines()
    {
        var file = ParseValid("a {\r\n  b = \"x\"\r\n}\r\nc = 2\r\n");

        var attribute = file.Body.Blocks.Single().Body.Attributes.Single();
        Assert.That(Where(attribute), Is.EqualTo("2:3-2:10"));
        Assert.That(Where(file.Body.FindAttribute("c")!), Is.EqualTo("4:1-4:6"));
    }

    [Test]
    public void Unicode_identifiers_and_dashes_are_names()
    {
        var file = ParseValid("caf\u00e9-name = 1\n\u65e5\u672c = \u00e9t\u00e9.x\n_private = 3\n");

        Assert.That(file.Body.Attributes.Select(a => a.Name.Name), Is.EqualTo(new[] { "caf\u00e9-name", "\u65e5\u672c", "_private" }));
        var reference = (ScopeTraversalExpression)file.Body.FindAttribute("\u65e5\u672c")!.Expression;
        Assert.That(reference.ToString(), Is.EqualTo("\u00e9t\u00e9.x"));
    }

    [Test]
    public void Empty_and_comment_only_files_have_an_empty_body()
    {
        Assert.That(ParseValid(string.Empty).Body.Items, Is.Empty);
        Assert.That(ParseValid("/*\n  only\n*/\n").Body.Items, Is.Empty);
    }

    [Test]
    public void Attribute_at_end_of_file_needs_no_newline()
    {
        var attribute = ParseValid("a = 1").Body.Items.Single();

        Assert.That(attribute, Is.TypeOf<Attribute>());
    }

    [Test]
    public void Keyword_names_can_be_attribute_names()
    {
        var file = ParseValid("true = true\nnull = null\nfor = 1\n");

        Assert.That(((LiteralExpression)file.Body.FindAttribute("null")!.Expression).Value, Is.TypeOf<NullValue>());
    }
}
