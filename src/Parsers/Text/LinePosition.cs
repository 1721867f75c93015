namespace PolicyScan.Parsers.Text;

/// <summary>A 1-based line and column; the column counts UTF-16 code units from the line start, plus one.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
