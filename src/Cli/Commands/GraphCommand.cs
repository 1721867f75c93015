using System.CommandLine;
using PolicyScan.Cli.Output;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;

namespace PolicyScan.Cli.Commands;

/// <summary><c>policyscan graph PATH... --format json</c>: prints the resource graph the front ends built.</summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to read (default: the current directory).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a path; say what it is.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var verbose = new Option<bool>("--verbose") { Description = "Also print informational diagnostics (such as modules that are not available locally)." };
        var terraform = new TerraformInputOptions();

        var command = new Command("graph", "Print the resource graph that PolicyScan understood from the inputs.\n\nExample:\n  policyscan graph examples/terraform --format json > graph.json")
        {
            paths,
            format,
            verbose,
        };
        terraform.AddTo(command);
        command.SetAction(parseResult =>
        {
            var inputs = parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            var graph = TerraformScanner.Scan(inputs, new TerraformOptions
            {
                VariableFiles = parseResult.GetValue(terraform.VariableFiles) ?? [],
                Variables = parseResult.GetValue(terraform.Variables) ?? [],
            });
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
