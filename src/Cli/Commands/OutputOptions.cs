using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using PolicyScan.Cli.Output;

namespace PolicyScan.Cli.Commands;

/// <summary>
/// <c>--format NAME [--output FILE]</c>, repeatable: each <c>--output</c> belongs to the <c>--format</c> before it
/// (<c>--format sarif --output results.sarif --format text</c>). At most one format goes to standard output.
/// </summary>
internal sealed class OutputOptions
{
    private readonly Option<string[]> format = new("--format", "-f")
    {
        Description = $"Output format, repeatable: {string.Join(", ", ReportWriters.Names)} (default text).",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> output = new("--output", "-o")
    {
        Description = "Write the preceding --format to this file instead of standard output.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public OutputOptions()
    {
        format.AcceptOnlyFromAmong([.. ReportWriters.Names]);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(format);
        command.Options.Add(output);
    }

    /// <summary>The requested outputs, or false with the reason when they contradict each other (a usage error).</summary>
    public bool TryGetTargets(ParseResult parseResult, out ImmutableArray<OutputTarget> targets, out string? error) =>
        TryRead(parseResult.Tokens, out targets, out error);

    /// <summary>Pairs formats and outputs in the order written.</summary>
    private bool TryRead(IReadOnlyList<Token> tokens, out ImmutableArray<OutputTarget> targets, out string? error)
    {
        var list = new List<(string Format, string? Path)>();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Type != TokenType.Option)
            {
                continue;
            }

            var value = tokens[i + 1].Value;
            if (IsOption(tokens[i].Value, format))
            {
                list.Add((value, null));
            }
            else if (IsOption(tokens[i].Value, output))
            {
                if (list.Count == 0)
                {
                    list.Add(("text", null));
                }

                if (list[^1].Path is not null)
                {
                    targets = [];
                    error = $"--output {value}: the --format before it already has --output {list[^1].Path}; give each --output after its --format";
                    return false;
                }

                list[^1] = (list[^1].Format, value);
            }
        }

        if (list.Count == 0)
        {
            list.Add(("text", null));
        }

        if (list.Count(t => t.Path is null) > 1)
        {
            targets = [];
            error = $"more than one format would go to standard output ({string.Join(", ", list.Where(t => t.Path is null).Select(t => t.Format))}); give all but one an --output FILE";
            return false;
        }

        targets = [.. list.Select(t => new OutputTarget(t.Format, t.Path))];
        error = null;
        return true;
    }

    private static bool IsOption(string token, Option option) => token == option.Name || option.Aliases.Contains(token);
}
