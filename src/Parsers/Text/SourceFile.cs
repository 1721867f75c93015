namespace PolicyScan.Parsers.Text;

/// <summary>
/// One input file: its path as shown to users and its full text. Offsets into <see cref="Text"/> are
/// what every span stores; lines and columns are computed only when something is printed.
/// </summary>
public sealed class SourceFile
{
    private LineMap? lineMap;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The path as users see it (relative to the scan root where there is one).</summary>
    public string Path { get; }

    public string Text { get; }

    public LineMap Lines => lineMap ??= new LineMap(Text);

    public LinePosition PositionOf(int offset) => Lines.PositionOf(offset);

    public override string ToString() => Path;
}
