namespace PolicyScan.Cli.Output;

/// <summary>
/// A spinner line on standard error for scans that take longer than a second, so a person at a terminal sees the scan
/// is alive; cleared when the scan ends. Never shown when standard error is not a terminal (CI logs, pipes) or with
/// --quiet, so captured output stays the same.
/// </summary>
internal sealed class ProgressIndicator : IDisposable
{
    private static readonly string[] Frames = ["|", "/", "-", "\\"];
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(120);

    private readonly TextWriter writer;
    private readonly string message;
    private readonly Lock gate = new();
    private readonly Timer? timer;
    private int frame;
    private bool written;
    private bool stopped;

    private ProgressIndicator(TextWriter writer, string message, bool start)
    {
        this.writer = writer;
        this.message = message;
        timer = start ? new Timer(_ => Tick(), null, Delay, Interval) : null;
    }

    /// <summary>Whether to show progress: only on a terminal, and not with --quiet.</summary>
    public static bool ShouldShow(bool standardErrorIsTerminal, bool quiet) => standardErrorIsTerminal && !quiet;

    /// <summary>Starts the spinner (after a second) when <see cref="ShouldShow"/> says so; otherwise does nothing.</summary>
    public static ProgressIndicator Start(TextWriter stderr, string message, bool quiet)
    {
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return new ProgressIndicator(stderr, message, ShouldShow(terminal, quiet));
    }

    /// <summary>An indicator that only moves when <see cref="Tick"/> is called: for tests.</summary>
    internal static ProgressIndicator Manual(TextWriter writer, string message) => new(writer, message, start: false);

    /// <summary>Draws the next frame over the previous one.</summary>
    internal void Tick()
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }

            writer.Write($"\r{Frames[frame++ % Frames.Length]} {message}");
            writer.Flush();
            written = true;
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        lock (gate)
        {
            stopped = true;
            if (written)
            {
                // Carriage return and erase to the end of the line: the terminal is left as it was.
                writer.Write("\r\u001b[K");
                writer.Flush();
            }
        }
    }
}
