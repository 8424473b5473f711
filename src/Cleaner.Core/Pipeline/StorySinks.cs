using System.Collections.Concurrent;
using System.Text;
using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Cleaner.Core.Resilience;

namespace Cleaner.Core.Pipeline;

/// <summary>Where finished story documents go.</summary>
public interface IStorySink
{
    /// <summary>True when stories must arrive one at a time, in input order.</summary>
    bool Sequential { get; }

    /// <summary>The story as the sink will write it, UTF-8; called on the parallel workers, so a sequential sink only has to write.</summary>
    byte[] Render(StoryDocument story);

    /// <param name="story">The story.</param>
    /// <param name="rendered">What <see cref="Render"/> made of it.</param>
    /// <param name="files">Retries and error translation for file writes.</param>
    /// <returns>The file written (relative to the output folder), when the sink writes files.</returns>
    string? Write(StoryDocument story, byte[] rendered, FileResilience files);
}

/// <summary>One JSON file per story under the output folder, each written atomically.</summary>
public sealed class FileStorySink(string outputRoot, bool flushToDisk = false) : IStorySink
{
    // Folders already made this run: creating one is a system call per story otherwise.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public bool Sequential => false;

    public byte[] Render(StoryDocument story) => StoryJson.ToFileBytes(story);

    public string? Write(StoryDocument story, byte[] rendered, FileResilience files)
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

/// <summary>JSON Lines on a stream (stdout), one story per line, in input order.</summary>
public sealed class JsonLinesSink : IStorySink
{
    private readonly Stream? _stream;
    private readonly TextWriter? _writer;

    /// <param name="output">Where the lines go; buffering is the caller's.</param>
    public JsonLinesSink(Stream output) => _stream = output;

    /// <summary>Lines on a text writer that is not backed by a byte stream (a string writer): each is decoded first.</summary>
    public JsonLinesSink(TextWriter output) => _writer = output;

    public bool Sequential => true;

    public byte[] Render(StoryDocument story) => StoryJson.ToLineBytes(story);

    public string? Write(StoryDocument story, byte[] rendered, FileResilience files)
    {
        if (_stream is not null)
        {
            _stream.Write(rendered);
            _stream.WriteByte((byte)'\n');
        }
        else
        {
            _writer!.Write(Encoding.UTF8.GetString(rendered));
            _writer.Write('\n');
        }

        return null;
    }
}
