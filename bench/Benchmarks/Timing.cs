using System.Diagnostics;

namespace PolicyScan.Benchmarks;

/// <summary>What every benchmark measures with: the best time of several runs after a warm-up, and one row of the table.</summary>
internal static class Timing
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="repetitions"/> times; the best run in seconds.</summary>
    public static double Best(int repetitions, Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        return best;
    }

    /// <summary>One stage: files, bytes, resources, seconds, MB/s and the ratio to the same run's baseline.</summary>
    public static void Row(TextWriter output, string stage, int files, long bytes, int resources, double seconds, double megabytes, double baseline) =>
        output.WriteLine($"{stage,-44} {files,7} {bytes,11} {resources,10} {seconds,9:F3} {megabytes / seconds,9:F1} {seconds / baseline,11:F1}");
}
