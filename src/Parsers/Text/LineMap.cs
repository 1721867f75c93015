namespace PolicyScan.Parsers.Text;

/// <summary>Maps offsets to lines and columns. Built once per file, on first use.</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

    public int LineCount => lineStarts.Length;

    public LinePosition PositionOf(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>The offset where the given 1-based line starts.</summary>
    public int StartOfLine(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Length - 1)];
}
