using System.CommandLine;

namespace PolicyScan.Cli.Commands;

/// <summary>The PATH... argument shared by the commands that read inputs.</summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create()
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
        return paths;
    }
}
