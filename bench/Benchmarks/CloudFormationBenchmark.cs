using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using PolicyScan.Parsers.CloudFormation;
using PolicyScan.Parsers.Diagnostics;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Benchmarks;

/// <summary>
/// Reads and evaluates a CloudFormation corpus, then compares end to end with cfn-lint. In-process figures are printed
/// beside a baseline measured in the same run (reading and decoding the same bytes); the end-to-end comparison runs
/// both tools as child processes over the same file list, so start-up counts for both, and reports their ratio.
/// </summary>
public static class CloudFormationBenchmark
{
    private const int Repetitions = 5;

    public static void Run(string corpus, string repositoryRoot, TextWriter output)
    {
        // The files the scanner itself would consider (YAML, JSON, .template), in its order; non-templates among them
        // (parameter files, other YAML) are read and skipped, as in a real scan.
        var files = CloudFormationScanner.FindCandidateFiles([corpus], includeIgnored: false, new DiagnosticBag(), path => path).Files.ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var megabytes = bytes / 1_000_000.0;

        var baseline = Timing.Best(Repetitions, () =>
        {
            foreach (var file in files)
            {
                _ = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            }
        });

        // Read, recognise, parse and evaluate each file on one core: what the scanner does per file.
        var options = new CloudFormationOptions();
        var noParameters = new Dictionary<string, string>();
        var templates = 0;
        var resources = 0;
        var errors = 0;
        var oneCore = Timing.Best(Repetitions, () =>
        {
            templates = resources = errors = 0;
            foreach (var file in files)
            {
                var result = TemplateLoader.LoadFile(file, file, options, noParameters);
                templates += result.IsTemplate ? 1 : 0;
                resources += result.Resources.Length;
                errors += result.Diagnostics.Count(d => d.IsError);
            }
        });

        var scan = Timing.Best(Repetitions, () => CloudFormationScanner.Scan([corpus], options));
        var graph = CloudFormationScanner.Scan([corpus], options);
        var findings = 0;
        var policies = Timing.Best(Repetitions, () => findings = PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies).Findings.Length);

        output.WriteLine($"CloudFormation corpus: {corpus} ({templates} templates among {files.Count} candidate files)");
        output.WriteLine($"{"stage",-44} {"files",7} {"bytes",11} {"resources",10} {"seconds",9} {"MB/s",9} {"x baseline",11}");
        Timing.Row(output, "baseline: read + decode", files.Count, bytes, 0, baseline, megabytes, baseline);
        Timing.Row(output, "parse + evaluate (1 core)", files.Count, bytes, resources, oneCore, megabytes, baseline);
        Timing.Row(output, $"scan: parse + evaluate ({Environment.ProcessorCount} cores)", files.Count, bytes, graph.Resources.Length, scan, megabytes, baseline);
        Timing.Row(output, $"{PolicyCatalog.BuiltInPolicies.Length} policies on the graph ({findings} results)", files.Count, bytes, graph.Resources.Length, policies, megabytes, baseline);
        Timing.Row(output, "total: scan + policies", files.Count, bytes, graph.Resources.Length, scan + policies, megabytes, baseline);
        output.WriteLine($"template errors: {errors}; best of {Repetitions} runs each");
        output.WriteLine();

        CompareWithCfnLint(corpus, files, repositoryRoot, output);
    }

    /// <summary>
    /// cfn-lint and <c>policyscan scan</c> over the same files, each a child process (start-up included). Both exit
    /// non-zero when they find problems; exit codes are ignored. cfn-lint is timed once (it takes about a minute);
    /// policyscan after one warm-up run, best of three.
    /// </summary>
    private static void CompareWithCfnLint(string corpus, List<string> files, string repositoryRoot, TextWriter output)
    {
        output.WriteLine("End to end, child processes, same files:");
        if (Run("cfn-lint", ["--version"], corpus) is not { } version)
        {
            output.WriteLine("  cfn-lint comparison skipped: cfn-lint is not on PATH (pip install cfn-lint)");
            return;
        }

        if (FindPolicyScan(repositoryRoot, output) is not { } policyscan)
        {
            return;
        }

        var relative = files.Select(f => Path.GetRelativePath(corpus, f)).ToList();
        var policyscanArguments = new List<string> { "scan" };
        policyscanArguments.AddRange(relative);
        Run(policyscan, policyscanArguments, corpus);
        var ours = Enumerable.Range(0, 3).Min(_ => Run(policyscan, policyscanArguments, corpus)!.Value.Seconds);
        var theirs = Run("cfn-lint", relative, corpus)!.Value.Seconds;

        // Start-up alone: the same executable over an empty directory (runtime start, JIT, policy catalogue).
        var empty = Directory.CreateTempSubdirectory("policyscan-bench-");
        var startUp = Enumerable.Range(0, 3).Min(_ => Run(policyscan, ["scan", empty.FullName], corpus)!.Value.Seconds);
        empty.Delete();

        output.WriteLine($"  set: {corpus} ({relative.Count} files)");
        output.WriteLine($"  {version.Output.Trim(),-28} {theirs,9:F2} s (one run)");
        output.WriteLine($"  {"policyscan scan (Release)",-28} {ours,9:F2} s (best of 3 after a warm-up)");
        output.WriteLine($"  {"policyscan start-up alone",-28} {startUp,9:F2} s (scan of an empty directory, best of 3)");
        output.WriteLine($"  policyscan is {theirs / ours:F1}x faster than cfn-lint (target: at least 30x)");
    }

    /// <summary>The Release build of the CLI, built first if it is not there (not timed).</summary>
    internal static string? FindPolicyScan(string repositoryRoot, TextWriter output)
    {
        var executable = Path.Combine(repositoryRoot, "src", "Cli", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "policyscan.exe" : "policyscan");
        var project = Path.Combine(repositoryRoot, "src", "Cli", "PolicyScan.Cli.csproj");
        if (Run("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", project], repositoryRoot) is not { ExitCode: 0 } || !File.Exists(executable))
        {
            output.WriteLine($"  comparison skipped: could not build {project} in Release");
            return null;
        }

        return executable;
    }

    /// <summary>Runs a child process to its end, draining its output; null when it cannot be started.</summary>
    private static (double Seconds, int ExitCode, string Output)? Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var standardOutput = process.StandardOutput.ReadToEnd();
            _ = standardError.Result;
            process.WaitForExit();
            return (stopwatch.Elapsed.TotalSeconds, process.ExitCode, standardOutput);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }


}
