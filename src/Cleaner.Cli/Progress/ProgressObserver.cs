using System.Collections.Concurrent;
using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;

namespace Cleaner.Cli.Progress;

/// <summary>Feeds the progress counters from the run's events; a failed input counts as done once.</summary>
public sealed class ProgressObserver(ProgressCounters counters) : IRunObserver
{
    private readonly ConcurrentDictionary<string, bool> _failed = new(StringComparer.Ordinal);

    public void InputCompleted(InputFile input, string sha256, IReadOnlyList<string> outputs) => counters.InputDone(Math.Max(0, input.Length));

    public void InputFailed(InputFile input, string reason)
    {
        if (_failed.TryAdd(input.FullPath, true))
        {
            counters.InputDone(Math.Max(0, input.Length));
        }
    }

    public void StoryWritten(InputFile input) => counters.StoryWritten();
}
