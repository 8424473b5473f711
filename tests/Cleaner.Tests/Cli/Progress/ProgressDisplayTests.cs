using Cleaner.Cli.Logging;
using Cleaner.Cli.Progress;
using Cleaner.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace Cleaner.Tests.Cli.Progress;

public sealed class ProgressDisplayTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ProgressCounters _counters = new();
    private readonly StringWriter _stderr = new();

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public void Shown_only_on_a_terminal_and_not_with_quiet(bool quiet, bool redirected, bool shown) =>
        Assert.Equal(shown, ProgressDisplay.ShouldShow(quiet, redirected));

    [Fact]
    public void The_line_is_redrawn_from_the_counters_as_time_passes()
    {
        using var display = Display();
        display.Start();
        _counters.InputQueued(2 * 1024 * 1024);
        _counters.InputQueued(2 * 1024 * 1024);
        _counters.AllQueued();
        _counters.InputDone(2 * 1024 * 1024);
        _counters.StoryWritten();

        _time.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal("\r1/2 inputs (50%) | 8.0 MB/s | 1 story | ETA 0:00", _stderr.ToString());

        _counters.StoryWritten();
        _time.Advance(TimeSpan.FromSeconds(1.75));

        Assert.EndsWith("\r1/2 inputs (50%) | 1.0 MB/s | 2 stories | ETA 0:02", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shorter_line_covers_what_the_longer_one_left()
    {
        using var display = Display();
        display.Start();
        _counters.InputQueued(10);
        _counters.InputDone(10);
        _counters.InputSkipped();
        display.Refresh();
        var longer = display.CurrentLine();
        _time.Advance(TimeSpan.FromDays(1));
        var text = _stderr.ToString();
        var lastDraw = text[(text.LastIndexOf('\r') + 1)..];

        Assert.Equal(longer.Length, lastDraw.Length);
    }

    [Fact]
    public void Log_lines_are_written_above_the_status_line_which_comes_back_below()
    {
        using var display = Display();
        display.Start();
        _counters.InputQueued(100);
        display.Refresh();
        var status = display.CurrentLine();
        using var sink = new ProgressAwareSink(new WriterSink(_stderr), display);

        sink.Emit(new LogEvent(_time.GetUtcNow(), LogEventLevel.Warning, null, new Serilog.Parsing.MessageTemplateParser().Parse("a.txt: bad"), []));

        var cleared = "\r" + new string(' ', status.Length) + "\r";
        Assert.Equal($"\r{status}{cleared}WRN a.txt: bad\n\r{status}", _stderr.ToString());
    }

    [Fact]
    public void Dispose_takes_the_line_away_and_stops_redrawing()
    {
        var display = Display();
        display.Start();
        display.Refresh();
        var status = display.CurrentLine();

        display.Dispose();
        var afterDispose = _stderr.ToString();
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.EndsWith("\r" + new string(' ', status.Length) + "\r", afterDispose, StringComparison.Ordinal);
        Assert.Equal(afterDispose, _stderr.ToString());
    }

    [Fact]
    public void A_disabled_display_writes_nothing_but_still_lets_log_lines_through()
    {
        using (var display = new ProgressDisplay(_counters, _stderr, enabled: false, _time))
        {
            display.Start();
            display.Refresh();
            _time.Advance(TimeSpan.FromSeconds(5));
            display.WriteAbove(() => _stderr.Write("log line\n"));
        }

        Assert.Equal("log line\n", _stderr.ToString());
    }

    private ProgressDisplay Display() => new(_counters, _stderr, enabled: true, _time, width: () => 120);

    private sealed class WriterSink(TextWriter output) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => output.Write($"WRN {logEvent.RenderMessage()}\n");
    }
}
