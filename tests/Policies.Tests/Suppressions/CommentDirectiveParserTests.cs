using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Suppressions;

namespace PolicyScan.Policies.Tests.Suppressions;

/// <summary>The directive grammar of one comment, apart from placement.</summary>
public sealed class CommentDirectiveParserTests
{
    private static IReadOnlyList<SuppressionDirective> Parse(string text) =>
        CommentDirectiveParser.Parse(new Comment(text, new SourceRange(new SourceFile("main.tf", text), new TextSpan(0, text.Length))));

    [Test]
    public void The_expiry_may_stand_anywhere_after_the_ids_and_is_not_part_of_the_reason()
    {
        var directive = Parse("# policyscan:ignore PS-AWS-S3-004 encrypted client-side exp:2027-01-31 until KMS lands").Single();
        Assert.Multiple(() =>
        {
            Assert.That(directive.Ids, Is.EqualTo(new[] { "PS-AWS-S3-004" }));
            Assert.That(directive.Expires, Is.EqualTo(new DateOnly(2027, 1, 31)));
            Assert.That(directive.Reason, Is.EqualTo("encrypted client-side until KMS lands"));
        });
    }

    [Test]
    public void An_expiry_that_is_not_a_date_is_kept_as_written()
    {
        var directive = Parse("// policyscan:ignore PS-AWS-S3-004 exp:2027-13-45 reason").Single();
        Assert.Multiple(() =>
        {
            Assert.That(directive.Expires, Is.Null);
            Assert.That(directive.InvalidExpiry, Is.EqualTo("2027-13-45"));
        });
    }

    [Test]
    public void A_directive_without_ids_is_kept_so_that_it_can_be_reported()
    {
        Assert.That(Parse("# policyscan:ignore").Single().Ids, Is.Empty);
    }

    [Test]
    public void Ordinary_comments_and_look_alikes_hold_no_directive()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parse("# the bucket for policyscan reports"), Is.Empty);
            Assert.That(Parse("# see policyscan:ignored-things"), Is.Empty);
            Assert.That(Parse("# kics-scan enable=4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9"), Is.Empty);
        });
    }

    [Test]
    public void Kics_ignore_covers_the_file_and_every_kics_query()
    {
        var directive = Parse("# kics-scan ignore").Single();
        Assert.Multiple(() =>
        {
            Assert.That(directive.Scope, Is.EqualTo(DirectiveScope.File));
            Assert.That(directive.Namespace, Is.EqualTo(IdNamespace.AllKics));
            Assert.That(directive.HasNoReasonSlot, Is.True);
        });
    }

    [Test]
    public void A_checkov_reason_in_quotes_is_read_without_them()
    {
        Assert.That(Parse("#checkov:skip=CKV_AWS_24: \"SSH restricted to the VPN range\"").Single().Reason, Is.EqualTo("SSH restricted to the VPN range"));
    }

    [Test]
    public void Several_tfsec_ignores_on_one_line_are_several_directives_each_with_its_expiry()
    {
        var directives = Parse("#tfsec:ignore:aws-s3-enable-bucket-encryption:exp:2027-01-02 tfsec:ignore:aws-s3-enable-versioning");
        Assert.Multiple(() =>
        {
            Assert.That(directives.Select(d => d.Ids.Single()), Is.EqualTo(new[] { "aws-s3-enable-bucket-encryption", "aws-s3-enable-versioning" }));
            Assert.That(directives.Select(d => d.Expires), Is.EqualTo(new DateOnly?[] { new DateOnly(2027, 1, 2), null }));
        });
    }
}
