using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;
using Cleaner.Core.Resilience;
using Serilog;

namespace Cleaner.Core.Incremental;

/// <summary>
/// Marks inputs done in the state store once all their stories are on disk. A changed input's earlier story
/// files that the new run did not write again are deleted first, then the new record is written: killed in
/// between, the next run still holds the old record, processes the input again and finishes the job, so a
/// story is never duplicated and no record ever names a file that is not there.
/// </summary>
public sealed class StateRecorder(StateStore state, string outputRoot, FileResilience files, ILogger log) : IRunObserver
{
    public void InputCompleted(InputFile input, string sha256, IReadOnlyList<string> outputs)
    {
        if (state.Get(InputState.KeyOf(input)) is { } previous)
        {
            DeleteStale(previous.Outputs.Except(outputs, StringComparer.Ordinal), input);
        }

        state.Record(input, sha256, outputs);
    }

    public void InputFailed(InputFile input, string reason)
    {
    }

    public void StoryWritten(InputFile input)
    {
    }

    /// <summary>With <c>--prune</c>: inputs that no longer exist under the given roots lose their stories.</summary>
    public int Prune(IReadOnlyList<string> inputRoots)
    {
        var roots = inputRoots.Select(r => Path.GetFullPath(r).Replace('\\', '/').TrimEnd('/') + "/").ToList();
        var pruned = 0;
        foreach (var recorded in state.All.ToList())
        {
            // An input named directly on the command line is its own root.
            var underRoot = roots.Any(root => recorded.Key.StartsWith(root, StringComparison.Ordinal) || recorded.Key + "/" == root);
            if (!underRoot || File.Exists(recorded.Key))
            {
                continue;
            }

            DeleteStale(recorded.Outputs, null);
            state.Forget(recorded.Key);
            log.Information("Pruned {Input}: the input is gone, {Count} story files removed", recorded.Key, recorded.Outputs.Count);
            pruned++;
        }

        return pruned;
    }

    private void DeleteStale(IEnumerable<string> relativePaths, InputFile? input)
    {
        var root = Path.GetFullPath(outputRoot);
        foreach (var relative in relativePaths)
        {
            var path = Path.GetFullPath(Path.Combine(root, relative));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            files.Write(path, () => File.Delete(path));
            log.Debug("{Input}: removed story file {Path}, no longer produced", input?.RelativePath ?? "(pruned)", relative);
        }
    }
}
