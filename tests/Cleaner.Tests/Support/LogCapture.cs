using System.Collections.Concurrent;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Cleaner.Tests.Support;

/// <summary>A logger that keeps its events, for asserting what was logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public LogCapture()
    {
        Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();
    }

    public ILogger Logger { get; }

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    public IReadOnlyList<string> Messages(LogEventLevel? level = null) =>
        _events.Where(e => level is null || e.Level == level).Select(e => e.RenderMessage()).ToList();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
