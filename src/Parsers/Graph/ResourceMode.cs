namespace PolicyScan.Parsers.Graph;

public enum ResourceMode
{
    /// <summary>A resource the configuration creates and manages.</summary>
    Managed,

    /// <summary>A data source: read, not created.</summary>
    Data,
}
