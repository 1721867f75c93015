using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicyScan.Parsers.TerraformPlan;
using PolicyScan.Policies.Engine;

namespace PolicyScan.Benchmarks;

/// <summary>
/// Generates a plan of 10,000 resources (about 100 MB, <see cref="PlanGenerator"/>) into a temporary directory and
/// scans it: in process, each stage beside a baseline measured in the same run (reading and decoding the file, and
/// System.Text.Json's <c>JsonDocument.Parse</c> of it); then end to end, the Release <c>policyscan scan plan.json</c> as
/// a child process, with its wall time and peak resident memory (the target: seconds, and well under 1 GB).
/// </summary>
public static class PlanBenchmark
{
    private const int Repetitions = 2;

    public static void Run(string repositoryRoot, TextWriter output, int resources = 10_000)
    {
        var directory = Directory.CreateTempSubdirectory("policyscan-plan-bench-");
        try
        {
            var path = Path.Combine(directory.FullName, "plan.json");
            var generation = Stopwatch.StartNew();
            PlanGenerator.Write(path, resources);
            var bytes = new FileInfo(path).Length;
            var megabytes = bytes / 1_000_000.0;
            output.WriteLine($"Terraform plan: {resources} generated resources, {megabytes:F1} MB (written in {generation.Elapsed.TotalSeconds:F1} s)");

            var baseline = Timing.Best(Repetitions, () => _ = Encoding.UTF8.GetString(File.ReadAllBytes(path)));
            var systemTextJson = Timing.Best(Repetitions, () =>
            {
                using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            });

            // The reading layer before plans were streamed: the span-exact parser over the whole document.
            var fullParse = Timing.Best(Repetitions, () => _ = PolicyScan.Parsers.Json.JsonParser.Parse(new PolicyScan.Parsers.Text.SourceFile(path, Encoding.UTF8.GetString(File.ReadAllBytes(path)))));

            var scanned = 0;
            var errors = 0;
            var scan = Timing.Best(Repetitions, () =>
            {
                var graph = PlanScanner.Scan([path]).Graph;
                scanned = graph.Resources.Length;
                errors = graph.Diagnostics.Count(d => d.IsError);
            });

            var planGraph = PlanScanner.Scan([path]).Graph;
            var findings = 0;
            var policies = Timing.Best(Repetitions, () => findings = PolicyRunner.Run(planGraph, PolicyCatalog.BuiltInPolicies).Findings.Length);
            var slowest = PolicyCatalog.BuiltInPolicies
                .Select(p => (p.Metadata.Id, Seconds: Time(() => PolicyRunner.Run(planGraph, [p]))))
                .OrderByDescending(p => p.Seconds)
                .Take(3)
                .ToList();
            planGraph = null;

            output.WriteLine($"{"stage",-44} {"bytes",11} {"resources",10} {"seconds",9} {"MB/s",9} {"x baseline",11}");
            Row(output, "baseline: read + decode", bytes, 0, baseline, megabytes, baseline);
            Row(output, "System.Text.Json JsonDocument.Parse", bytes, 0, systemTextJson, megabytes, baseline);
            Row(output, "read + JsonParser.Parse, whole document", bytes, 0, fullParse, megabytes, baseline);
            Row(output, "PlanScanner.Scan (streamed)", bytes, scanned, scan, megabytes, baseline);
            Row(output, $"{PolicyCatalog.BuiltInPolicies.Length} policies on the graph ({findings} results)", bytes, scanned, policies, megabytes, baseline);
            Row(output, "total: scan + policies", bytes, scanned, scan + policies, megabytes, baseline);
            output.WriteLine($"plan errors: {errors}; best of {Repetitions} runs each after a warm-up");
            output.WriteLine($"slowest policies: {string.Join(", ", slowest.Select(p => $"{p.Id} {p.Seconds:F2} s"))}");

            EndToEnd(path, bytes, baseline, repositoryRoot, output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary><c>policyscan scan plan.json</c> as a child process (start-up included): wall time and peak resident memory.</summary>
    private static void EndToEnd(string plan, long bytes, double baseline, string repositoryRoot, TextWriter output)
    {
        output.WriteLine("End to end, child process:");
        if (CloudFormationBenchmark.FindPolicyScan(repositoryRoot, output) is not { } policyscan)
        {
            return;
        }

        var runs = Enumerable.Range(0, Repetitions).Select(_ => Measure(policyscan, ["scan", plan], Path.GetDirectoryName(plan)!)).ToList();
        if (runs.Any(r => r is null))
        {
            output.WriteLine("  end-to-end run skipped: the child process could not be started");
            return;
        }

        var seconds = runs.Min(r => r!.Value.Seconds);
        var peak = runs.Max(r => r!.Value.PeakMegabytes);
        output.WriteLine($"  policyscan scan plan.json (Release): {seconds:F2} s (best of {Repetitions}), {bytes / 1_000_000.0 / seconds:F1} MB/s, {seconds / baseline:F1}x baseline; exit code {runs[0]!.Value.ExitCode}");
        output.WriteLine($"  peak resident memory: {peak:F0} MB ({(peak > 0 ? (peak * 1_048_576 / bytes).ToString("F1", CultureInfo.InvariantCulture) : "?")}x the file) (target: seconds, well under 1 GB)");
    }

    /// <summary>
    /// Runs a child to its end: wall time, exit code, and peak resident set size from <c>/usr/bin/time -v</c> when it is
    /// there, else sampled from <c>/proc/PID/status</c> (VmHWM) while the child runs.
    /// </summary>
    private static (double Seconds, int ExitCode, double PeakMegabytes)? Measure(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var timed = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (timed)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var standardOutput = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            var sampled = 0.0;
            while (!process.WaitForExit(20))
            {
                sampled = Math.Max(sampled, HighWaterMark(process.Id));
            }

            standardOutput.Wait();
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var peak = timed ? MaximumResidentSetSize(standardError.Result) : sampled;
            return (seconds, process.ExitCode, peak);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static double MaximumResidentSetSize(string timeOutput)
    {
        const string label = "Maximum resident set size (kbytes):";
        var line = timeOutput.Split('\n').FirstOrDefault(l => l.Trim().StartsWith(label, StringComparison.Ordinal));
        return line is not null && long.TryParse(line.Trim()[label.Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes) ? kilobytes / 1024.0 : 0;
    }

    private static double HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes) ? kilobytes / 1024.0 : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Row(TextWriter output, string stage, long bytes, int resources, double seconds, double megabytes, double baseline) =>
        output.WriteLine($"{stage,-44} {bytes,11} {resources,10} {seconds,9:F3} {megabytes / seconds,9:F1} {seconds / baseline,11:F1}");

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalSeconds;
    }
}
