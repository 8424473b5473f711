namespace Cleaner.Cli.Progress;

/// <summary>
/// A live status line on an interactive terminal's stderr, redrawn a few times a second from
/// <see cref="ProgressCounters"/>. Off when stderr is redirected (cron, a log file) or with <c>--quiet</c>: then
/// every method does nothing, so callers need no checks. Log lines go through <see cref="WriteAbove"/>, which
/// takes the status line away, lets the line be written, and puts it back below.
/// </summary>
public sealed class ProgressDisplay : IDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);

    private readonly object _gate = new();
    private readonly ProgressCounters _counters;
    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly Func<int> _width;
    private readonly TimeSpan _interval;
    private ITimer? _timer;
    private DateTimeOffset _started;
    private int _shownLength;
    private bool _disposed;

    public ProgressDisplay(ProgressCounters counters, TextWriter output, bool enabled, TimeProvider? time = null, Func<int>? width = null, TimeSpan? interval = null)
    {
        _counters = counters;
        _output = output;
        Enabled = enabled;
        _time = time ?? TimeProvider.System;
        _width = width ?? (() => int.MaxValue);
        _interval = interval ?? DefaultInterval;
        _started = _time.GetUtcNow();
    }

    public bool Enabled { get; }

    /// <summary>Whether a run should show progress at all.</summary>
    public static bool ShouldShow(bool quiet, bool stderrRedirected) => !quiet && !stderrRedirected;

    /// <summary>The display for this process's stderr: on only when it is a terminal and the run is not quiet.</summary>
    public static ProgressDisplay ForConsole(ProgressCounters counters, bool quiet, TimeProvider? time = null) =>
        new(counters, Console.Error, ShouldShow(quiet, Console.IsErrorRedirected), time, ConsoleWidth);

    /// <summary>Starts the clock (for MB/s and the ETA) and the redraws.</summary>
    public void Start()
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            _started = _time.GetUtcNow();
            _timer ??= _time.CreateTimer(_ => Refresh(), null, _interval, _interval);
        }
    }

    /// <summary>The line as it would be drawn now.</summary>
    public string CurrentLine() => ProgressLine.Render(_counters.Snapshot(), _time.GetUtcNow() - _started, _width());

    /// <summary>Redraws the line now.</summary>
    public void Refresh()
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            if (!_disposed)
            {
                Draw(CurrentLine());
            }
        }
    }

    /// <summary>Runs <paramref name="write"/> (which writes whole lines to the same terminal) above the status line.</summary>
    public void WriteAbove(Action write)
    {
        if (!Enabled)
        {
            write();
            return;
        }

        lock (_gate)
        {
            Clear();
            try
            {
                write();
            }
            finally
            {
                if (!_disposed && _timer is not null)
                {
                    Draw(CurrentLine());
                }
            }
        }
    }

    /// <summary>Stops the redraws and takes the line away, so the run summary starts on a clean line.</summary>
    public void Dispose()
    {
        ITimer? timer;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            timer = _timer;
            _timer = null;
            if (Enabled)
            {
                Clear();
            }
        }

        timer?.Dispose();
    }

    private void Draw(string line)
    {
        // Spaces, not an ANSI erase, cover what a longer previous line left: works on every terminal.
        var padding = Math.Max(0, _shownLength - line.Length);
        _output.Write('\r' + line + new string(' ', padding));
        _output.Flush();
        _shownLength = line.Length;
    }

    private void Clear()
    {
        if (_shownLength == 0)
        {
            return;
        }

        _output.Write('\r' + new string(' ', _shownLength) + '\r');
        _output.Flush();
        _shownLength = 0;
    }

    private static int ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
