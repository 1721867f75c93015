using System.Text;
using PolicyScan.Cli.Commands;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>policyscan graph --format mermaid</c>: a Mermaid flowchart (GitHub renders it in Markdown). Each root is a
/// subgraph; failing nodes get the class of their highest severity, undecided nodes the dashed <c>unknown</c> class.
/// </summary>
internal static class GraphMermaidWriter
{
    public static void Write(TextWriter output, GraphDrawing drawing)
    {
        output.WriteLine("flowchart LR");
        foreach (var cluster in drawing.Clusters)
        {
            output.WriteLine($"  subgraph {cluster.Id}[{Quote(cluster.Label)}]");
            foreach (var node in cluster.Nodes)
            {
                output.WriteLine($"    {node.Id}[\"{Escape(node.Address)}<br/>{Escape(node.Type)}\"]");
            }

            output.WriteLine("  end");
        }

        foreach (var edge in drawing.Edges)
        {
            output.WriteLine($"  {edge.From} -->|{Quote(edge.Label)}| {edge.To}");
        }

        var nodes = drawing.Clusters.SelectMany(c => c.Nodes).ToList();
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            var members = nodes.Where(n => n.Failed == severity).Select(n => n.Id).ToList();
            if (members.Count > 0)
            {
                var name = SeverityNames.Name(severity);
                output.WriteLine($"  classDef {name} fill:{GraphColors.Fill(severity)},stroke:#990000,stroke-width:2px");
                output.WriteLine($"  class {string.Join(",", members)} {name}");
            }
        }

        var unknown = nodes.Where(n => n.Unknown).Select(n => n.Id).ToList();
        if (unknown.Count > 0)
        {
            output.WriteLine("  classDef unknown stroke-dasharray:5 5");
            output.WriteLine($"  class {string.Join(",", unknown)} unknown");
        }
    }

    /// <summary>
    /// A Mermaid quoted label: the characters Mermaid would read as syntax or markup (quotes, <c>#</c>, angle brackets)
    /// as its entity codes, so an address like <c>aws_subnet.a["x"]</c> stays one label.
    /// </summary>
    public static string Quote(string text) => $"\"{Escape(text)}\"";

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
