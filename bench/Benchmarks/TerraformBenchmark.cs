using System.Diagnostics;
using System.Text;
using PolicyScan.Parsers.Hcl.Parsing;
using PolicyScan.Parsers.Terraform;
using PolicyScan.Parsers.Terraform.Evaluation;
using PolicyScan.Parsers.Text;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Benchmarks;

/// <summary>
/// Parses and evaluates a Terraform corpus. Every figure is printed beside a baseline measured in the same run
/// (reading and decoding the same bytes), so that machines of different speed compare by ratio.
/// </summary>
public static class TerraformBenchmark
{
    private const int Repetitions = 5;

    public static void Run(string corpus, TextWriter output)
    {
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".tfvars", StringComparison.Ordinal) || f.EndsWith(".hcl", StringComparison.Ordinal))
            .Where(f => !new FileInfo(f).Attributes.HasFlag(FileAttributes.ReparsePoint))
            .Order(StringComparer.Ordinal)
            .ToList();
        // Files that hold only a symlink's target path (as git writes links that are not checked out) are read as
        // their target, as the scanner does.
        var texts = files.Select(f => new SourceFile(f, File.ReadAllText(f)))
            .Select(s => SymlinkPlaceholder.TryResolve(s.Path, s.Text, out var target) ? new SourceFile(s.Path, File.ReadAllText(target)) : s)
            .ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var megabytes = bytes / 1_000_000.0;

        // Baseline: reading and decoding the same files, the least any tool must do.
        var baseline = Timing.Best(Repetitions, () =>
        {
            foreach (var file in files)
            {
                _ = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            }
        });

        // Parsing on one core.
        var parseErrors = 0;
        var parse = Timing.Best(Repetitions, () =>
        {
            parseErrors = 0;
            foreach (var text in texts)
            {
                parseErrors += HclParser.ParseNative(text).Diagnostics.Count(d => d.IsError);
            }
        });

        // Whole scan (read, parse, evaluate every root and module context), all cores, after a warm-up run.
        var resources = 0;
        var options = new TerraformOptions { Environment = new Dictionary<string, string>() };
        var scan = Timing.Best(Repetitions, () => resources = TerraformScanner.Scan([corpus], options).Resources.Length);

        // Every built-in policy over the graph the scan built (models, links and checks), timed on its own.
        var graph = TerraformScanner.Scan([corpus], options);
        var findings = 0;
        var policies = Timing.Best(Repetitions, () => findings = PolicyRunner.Run(graph, PolicyCatalog.BuiltInPolicies).Findings.Length);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

        output.WriteLine($"Terraform corpus: {corpus}");
        output.WriteLine($"{"stage",-44} {"files",7} {"bytes",11} {"resources",10} {"seconds",9} {"MB/s",9} {"x baseline",11}");
        Timing.Row(output, "baseline: read + decode", files.Count, bytes, 0, baseline, megabytes, baseline);
        Timing.Row(output, "parse HCL (1 core)", files.Count, bytes, 0, parse, megabytes, baseline);
        Timing.Row(output, $"scan: parse + evaluate ({Environment.ProcessorCount} cores)", files.Count, bytes, resources, scan, megabytes, baseline);
        Timing.Row(output, $"{PolicyCatalog.BuiltInPolicies.Length} policies on the graph ({findings} results)", files.Count, bytes, resources, policies, megabytes, baseline);
        output.WriteLine($"policies add {policies / scan * 100:F0}% to the front end's time (target: under 30%)");
        output.WriteLine($"parse errors: {parseErrors}; peak working set: {peak:F0} MB; best of {Repetitions} runs each");
    }


}
