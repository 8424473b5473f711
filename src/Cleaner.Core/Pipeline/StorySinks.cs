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

    /// <summary>The story as the sink will write it; called on the parallel workers, so a sequential sink only has to write.</summary>
    string Render(StoryDocument story);

    /// <param name="story">The story.</param>
    /// <param name="rendered">What <see cref="Render"/> made of it.</param>
    /// <param name="files">Retries and error translation for file writes.</param>
    /// <returns>The file written (relative to the output folder), when the sink writes files.</returns>
    string? Write(StoryDocument story, string rendered, FileResilience files);
}

/// <summary>One JSON file per story under the output folder, each written atomically.</summary>
public sealed class FileStorySink(string outputRoot, bool flushToDisk = false) : IStorySink
{
    // Folders already made this run: creating one is a system call per story otherwise.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public bool Sequential => false;

    public string Render(StoryDocument story) => StoryJson.ToFileText(story);

    public string? Write(StoryDocument story, string rendered, FileResilience files)
    {
        var path = StoryPaths.FullPath(outputRoot, story);
        files.Write(path, () =>
        {
            var folder = Path.GetDirectoryName(path)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders[folder] = true;
            }

            AtomicFile.Write(path, rendered, flushToDisk);
        });
        return Path.GetRelativePath(outputRoot, path).Replace('\\', '/');
    }
}

/// <summary>JSON Lines on a writer (stdout), one story per line, in input order.</summary>
public sealed class JsonLinesSink(TextWriter writer) : IStorySink
{
    public bool Sequential => true;

    public string Render(StoryDocument story) => StoryJson.ToLine(story);

    public string? Write(StoryDocument story, string rendered, FileResilience files)
    {
        writer.Write(rendered);
        writer.Write('\n');
        return null;
    }
}
