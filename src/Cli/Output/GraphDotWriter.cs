using System.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Output;

/// <summary>
/// <c>policyscan graph --format dot</c>: Graphviz DOT (<c>dot -Tsvg</c>). Each root is a cluster; a node that fails a
/// policy is filled with its highest severity's colour, a node a policy could not decide is dashed.
/// </summary>
internal static class GraphDotWriter
{
    public static void Write(TextWriter output, GraphDrawing drawing)
    {
        output.WriteLine("digraph policyscan {");
        output.WriteLine("  rankdir=LR;");
        output.WriteLine("  node [shape=box, fontname=\"Helvetica\", fontsize=10];");
        output.WriteLine("  edge [fontname=\"Helvetica\", fontsize=8];");
        foreach (var cluster in drawing.Clusters)
        {
            output.WriteLine($"  subgraph {cluster.Id} {{");
            output.WriteLine($"    label={Quote(cluster.Label)};");
            foreach (var node in cluster.Nodes)
            {
                output.WriteLine($"    {node.Id} [label={Quote(node.Address + "\n" + node.Type)}{Style(node)}];");
            }

            output.WriteLine("  }");
        }

        foreach (var edge in drawing.Edges)
        {
            output.WriteLine($"  {edge.From} -> {edge.To} [label={Quote(edge.Label)}];");
        }

        output.WriteLine("}");
    }

    private static string Style(GraphDrawing.Node node) => node switch
    {
        { Failed: { } severity } => $", style=filled, fillcolor=\"{GraphColors.Fill(severity)}\", tooltip={Quote("fails a " + severity.ToString().ToLowerInvariant() + " policy")}",
        { Unknown: true } => ", style=dashed, tooltip=\"a policy could not decide\"",
        _ => string.Empty,
    };

    /// <summary>A DOT quoted string: backslashes and quotes escaped, a line break as DOT's <c>\n</c> (centred line).</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => string.Empty,
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
