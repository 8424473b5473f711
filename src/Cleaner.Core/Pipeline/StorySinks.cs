using System.Collections.Concurrent;
using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Cleaner.Core.Resilience;

namespace Cleaner.Core.Pipeline;

/// <summary>Where finished story documents go.</summary>
public interface IStorySink
{
    /// <summary>True when stories must arrive one at a time, in input order.</summary>
    bool Sequential { get; }

    /// <returns>The file written (relative to the output folder), when the sink writes files.</returns>
    string? Write(StoryDocument story, FileResilience files);
}

/// <summary>One JSON file per story under the output folder, each written atomically.</summary>
public sealed class FileStorySink(string outputRoot, bool flushToDisk = false) : IStorySink
{
    // Folders already made this run: creating one is a system call per story otherwise.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public bool Sequential => false;

    public string? Write(StoryDocument story, FileResilience files)
    {
        var path = StoryPaths.FullPath(outputRoot, story);
        var text = StoryJson.ToFileText(story);
        files.Write(path, () =>
        {
            var folder = Path.GetDirectoryName(path)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders[folder] = true;
            }

            AtomicFile.Write(path, text, flushToDisk);
        });
        return Path.GetRelativePath(outputRoot, path).Replace('\\', '/');
    }
}

/// <summary>JSON Lines on a writer (stdout), one story per line, in input order.</summary>
public sealed class JsonLinesSink(TextWriter writer) : IStorySink
{
    public bool Sequential => true;

    public string? Write(StoryDocument story, FileResilience files)
    {
        writer.Write(StoryJson.ToLine(story));
        writer.Write('\n');
        return null;
    }
}
