using System.CommandLine;
using PolicyScan.Cli.Output;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan graph PATH... --format json</c>: prints the resource graph the front ends built.</summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = PathsArgument.Create();
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var verbose = new Option<bool>("--verbose") { Description = "Also print informational diagnostics (such as modules that are not available locally)." };
        var terraform = new TerraformInputOptions();
        var cloudFormation = new CloudFormationInputOptions();

        var command = new Command("graph", "Print the resource graph that PolicyScan understood from the inputs.\n\nExample:\n  policyscan graph examples/terraform --format json > graph.json")
        {
            paths,
            format,
            verbose,
        };
        terraform.AddTo(command);
        cloudFormation.AddTo(command);
        command.SetAction(parseResult =>
        {
            var graph = InputReader.Read(parseResult.GetValue(paths) ?? [], terraform.ToOptions(parseResult), cloudFormation.ToOptions(parseResult));
            using (var stream = new MemoryStream())
            {
                GraphJsonWriter.Write(stream, graph);
                stdout.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                stdout.WriteLine();
            }

            DiagnosticPrinter.Print(stderr, graph.Diagnostics, parseResult.GetValue(verbose));
            return graph.HasErrors ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }
}
