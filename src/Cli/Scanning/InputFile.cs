namespace PolicyScan.Cli.Scanning;

/// <summary>A file the scan read, as evidence: its path relative to the root, its format and its SHA-256.</summary>
internal sealed record InputFile(string Path, string Format, string Sha256);
