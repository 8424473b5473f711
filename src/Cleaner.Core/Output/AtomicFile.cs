using System.Text;

namespace Cleaner.Core.Output;

/// <summary>
/// Writes a file so that readers (and a rerun after a crash) see either the old content or the new, never half:
/// the text goes to a temporary name in the same folder, then is renamed over the target.
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".partial";

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void Write(string path, string content, bool flushToDisk = false) =>
        Write(path, Utf8NoBom.GetBytes(content), flushToDisk);

    public static void Write(string path, ReadOnlySpan<byte> content, bool flushToDisk = false)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = OpenNew(temp, directory))
            {
                stream.Write(content);
                stream.Flush(flushToDisk);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static FileStream OpenNew(string temp, string directory)
    {
        try
        {
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(directory);
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024);
        }
    }

    /// <summary>Removes temporary files a killed run left behind under <paramref name="root"/>.</summary>
    public static int RemoveLeftovers(string root)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            if (TryDelete(file))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
