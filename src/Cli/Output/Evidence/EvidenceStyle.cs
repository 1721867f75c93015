namespace PolicyScan.Cli.Output.Evidence;

/// <summary>
/// The HTML report's only style sheet, inlined so the file is self-contained (no external assets, no scripts). Status
/// colours always come with the status word, for readers who cannot tell the colours apart and for black-and-white
/// printing; print rules keep table headers on each page and rows whole.
/// </summary>
internal static class EvidenceStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: #1b1b1b; background: #ffffff; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: .25rem; }
        h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
        #facts, table.counts { width: auto; min-width: 50%; }
        caption { text-align: left; font-weight: bold; padding: .2rem 0; }
        th, td { border: 1px solid #b8b8b8; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #eeeeee; }
        th[scope="row"] { font-weight: normal; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; overflow-wrap: anywhere; }
        .note { color: #404040; }
        .gaps { font-weight: bold; }
        p.summary { margin: .2rem 0; color: #404040; font-style: italic; }
        .status { display: inline-block; padding: 0 .45em; border: 1px solid currentColor; border-radius: .3em; font-weight: bold; font-size: .85rem; }
        .status-failed { color: #8a1410; background: #fde4e2; }
        .status-passed { color: #135c2a; background: #e0f4e5; }
        .status-passed-with-unknowns { color: #5c4300; background: #fff1c7; }
        .status-no-evidence { color: #3a3a3a; background: #e8e8e8; }
        section.control { border-top: 1px solid #cfcfcf; margin-top: 1rem; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10pt; }
          a { color: inherit; text-decoration: none; }
          section.framework { break-before: page; }
          section.control, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
