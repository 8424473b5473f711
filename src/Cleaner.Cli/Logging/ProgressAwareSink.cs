using Cleaner.Cli.Progress;
using Serilog.Core;
using Serilog.Events;

namespace Cleaner.Cli.Logging;

/// <summary>Writes console log lines above the progress line instead of through it.</summary>
internal sealed class ProgressAwareSink(ILogEventSink console, ProgressDisplay progress) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent) => progress.WriteAbove(() => console.Emit(logEvent));

    public void Dispose() => (console as IDisposable)?.Dispose();
}
