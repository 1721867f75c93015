using System.CommandLine;
using PolicyScan.Cli.Output;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>policyscan graph PATH... --format json|dot|mermaid</c>: prints the resource graph the front ends built, as the
/// documented JSON contract or as a drawing (DOT, Mermaid) with references as edges and failing resources highlighted.
/// </summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = PathsArgument.Create();
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (the graph as read, a documented contract), dot (Graphviz) or mermaid.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "dot", "mermaid");
        var root = new Option<string>("--root") { Description = "Paths in the output are relative to this directory (default: the current directory)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print informational diagnostics (such as modules that are not available locally) and what was skipped and why." };
        var includeIgnored = new Option<bool>("--include-ignored") { Description = "Also read files that .gitignore ignores and tool directories (.git, .terraform, node_modules, ...)." };
        var terraform = new TerraformInputOptions();
        var cloudFormation = new CloudFormationInputOptions();
        var plan = new PlanInputOptions();

        var command = new Command("graph", """
            Print the resource graph that PolicyScan understood from the inputs: as JSON, or drawn as Graphviz DOT or a
            Mermaid flowchart, with references between resources as edges and the resources that fail a policy filled
            with their highest severity's colour (dashed: a policy could not decide).

            Examples:
              policyscan graph examples/insecure/terraform --format json > graph.json
              policyscan graph infra/ --format dot | dot -Tsvg > graph.svg
              policyscan graph infra/ --format mermaid > graph.mmd
            """)
        {
            paths,
            format,
            root,
            verbose,
            includeIgnored,
        };
        terraform.AddTo(command);
        cloudFormation.AddTo(command);
        plan.AddTo(command);
        command.SetAction(parseResult =>
        {
            var displayRoot = parseResult.GetValue(root) is { Length: > 0 } directory ? Path.GetFullPath(directory) : null;
            var ignored = parseResult.GetValue(includeIgnored);
            var graph = InputReader.Read(
                parseResult.GetValue(paths) ?? [],
                terraform.ToOptions(parseResult) with { DisplayRoot = displayRoot, IncludeIgnored = ignored },
                cloudFormation.ToOptions(parseResult) with { DisplayRoot = displayRoot, IncludeIgnored = ignored },
                plan.ToOptions(parseResult) with { DisplayRoot = displayRoot, IncludeIgnored = ignored });
            switch (parseResult.GetValue(format))
            {
                case "dot":
                    GraphDotWriter.Write(stdout, Drawing(graph));
                    break;
                case "mermaid":
                    GraphMermaidWriter.Write(stdout, Drawing(graph));
                    break;
                default:
                    using (var stream = new MemoryStream())
                    {
                        GraphJsonWriter.Write(stream, graph);
                        stdout.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                        stdout.WriteLine();
                    }

                    break;
            }

            if (parseResult.GetValue(verbose))
            {
                SkippedPrinter.Print(stderr, graph.Skipped);
            }

            DiagnosticPrinter.Print(stderr, graph.Diagnostics, parseResult.GetValue(verbose));
            return graph.HasErrors ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The drawing with every built-in policy's verdict on each resource.</summary>
    private static GraphDrawing Drawing(Parsers.Graph.ResourceGraph graph) =>
        GraphDrawing.Of(graph, PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies).Findings);
}
