using System.Collections.Immutable;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Hcl.Syntax;
using PolicyScan.Parsers.Text;

namespace PolicyScan.Policies.Suppressions;

/// <summary>
/// The suppression directives in one Terraform file, found by re-lexing its text with the HCL parser (whose comments are
/// trivia, so a <c>#</c> inside a string is never taken for a comment), and placed by where they are written: in a
/// resource block, in the comment lines directly above its header, or anywhere in the file.
/// </summary>
internal sealed class HclCommentIndex
{
    private readonly SourceFile file;
    private readonly ImmutableArray<(Comment Comment, ImmutableArray<SuppressionDirective> Directives)> comments;

    private HclCommentIndex(SourceFile file, ImmutableArray<Comment> all)
    {
        this.file = file;
        // Every comment is kept, with or without directives: a plain comment line still continues the run of comment
        // lines above a header.
        comments = [.. all.OrderBy(c => c.Range.Start).Select(c => (c, CommentDirectiveParser.Parse(c)))];
    }

    /// <summary>The index of a <c>.tf</c> or <c>.tf.json</c> file; null for other files (plans have no comments).</summary>
    public static HclCommentIndex? For(SourceFile file)
    {
        if (!CommentDirectiveParser.MayHoldDirective(file.Text))
        {
            return new HclCommentIndex(file, []);
        }

        if (file.Path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase))
        {
            return new HclCommentIndex(file, HclParser.ParseNative(file).Comments);
        }

        return file.Path.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase)
            ? new HclCommentIndex(file, HclJsonParser.ParseTerraformJson(file, HclParser.Syntax).Comments)
            : null;
    }

    /// <summary>Directives in comments within <paramref name="block"/>.</summary>
    public IEnumerable<SuppressionDirective> Inside(SourceRange block)
    {
        if (!ReferenceEquals(block.File, file))
        {
            yield break;
        }

        // Comments are in offset order: start at the first one at or after the block (a file may hold thousands).
        var low = 0;
        var high = comments.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (comments[middle].Comment.Range.Start < block.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < comments.Length && comments[i].Comment.Range.Start < block.End; i++)
        {
            if (block.Contains(comments[i].Comment.Range))
            {
                foreach (var directive in comments[i].Directives)
                {
                    yield return directive;
                }
            }
        }
    }

    /// <summary>
    /// Directives in the contiguous comment lines directly above the line of <paramref name="header"/>: each comment
    /// alone on its lines, no blank line between them and the header.
    /// </summary>
    public IEnumerable<SuppressionDirective> Above(SourceRange header)
    {
        if (comments.IsEmpty || !ReferenceEquals(header.File, file))
        {
            yield break;
        }

        var line = header.StartPosition.Line - 1;
        var index = comments.Length - 1;
        while (line >= 1)
        {
            while (index >= 0 && comments[index].Comment.Range.Start >= header.Start)
            {
                index--;
            }

            var found = FindCommentEndingOn(line, ref index);
            if (found is null)
            {
                yield break;
            }

            foreach (var directive in found.Value.Directives)
            {
                yield return directive;
            }

            line = found.Value.Comment.Range.StartPosition.Line - 1;
        }
    }

    /// <summary>Directives anywhere in the file.</summary>
    public IEnumerable<SuppressionDirective> All => comments.SelectMany(c => c.Directives);

    private (Comment Comment, ImmutableArray<SuppressionDirective> Directives)? FindCommentEndingOn(int line, ref int index)
    {
        while (index >= 0 && comments[index].Comment.Range.EndPosition.Line > line)
        {
            index--;
        }

        if (index < 0)
        {
            return null;
        }

        var candidate = comments[index];
        var range = candidate.Comment.Range;
        if (range.EndPosition.Line != line || !OnlyWhitespace(file.Lines.StartOfLine(range.StartPosition.Line), range.Start) || !OnlyWhitespace(range.End, EndOfLine(line)))
        {
            return null;
        }

        return candidate;
    }

    private int EndOfLine(int line)
    {
        var end = line >= file.Lines.LineCount ? file.Text.Length : file.Lines.StartOfLine(line + 1);
        while (end > 0 && end <= file.Text.Length && end > file.Lines.StartOfLine(line) && file.Text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    private bool OnlyWhitespace(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(file.Text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
