using Cleaner.Core.Model;
using Cleaner.Core.Output;

namespace Cleaner.Core.Pipeline;

/// <summary>Where finished story documents go.</summary>
public interface IStorySink
{
    /// <summary>True when stories must arrive one at a time, in input order.</summary>
    bool Sequential { get; }

    /// <returns>The file written, when the sink writes files.</returns>
    string? Write(StoryDocument story);
}

/// <summary>One JSON file per story under the output folder, each written atomically.</summary>
public sealed class FileStorySink(string outputRoot, bool flushToDisk = false) : IStorySink
{
    public bool Sequential => false;

    public string? Write(StoryDocument story)
    {
        var path = StoryPaths.FullPath(outputRoot, story);
        AtomicFile.Write(path, StoryJson.ToFileText(story), flushToDisk);
        return Path.GetRelativePath(outputRoot, path).Replace('\\', '/');
    }
}

/// <summary>JSON Lines on a writer (stdout), one story per line, in input order.</summary>
public sealed class JsonLinesSink(TextWriter writer) : IStorySink
{
    public bool Sequential => true;

    public string? Write(StoryDocument story)
    {
        writer.Write(StoryJson.ToLine(story));
        writer.Write('\n');
        return null;
    }
}
