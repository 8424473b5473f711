using Cleaner.Core.Model;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// Hears about inputs as they finish. Called from pipeline threads, so implementations are thread-safe.
/// An input completes once: when all its stories are written, or when it has none.
/// </summary>
public interface IRunObserver
{
    void InputCompleted(InputFile input, string sha256, IReadOnlyList<string> outputs);

    void InputFailed(InputFile input, string reason);

    void StoryWritten(InputFile input);
}
