using System.Diagnostics;

namespace Cleaner.Cli.Bench;

/// <summary>
/// How long creating a small file takes in a folder, so a benchmark reader can tell the pipeline's cost from
/// the file system's. On some file systems it varies a hundredfold: ext4 without a journal, for one, skips
/// inodes freed in the last minutes and can spend close to a millisecond per new file after a mass delete.
/// </summary>
public static class FileCreateProbe
{
    private const int Files = 200;

    /// <returns>The mean time to create, write and rename one file; the files are left for the caller's cleanup.</returns>
    public static TimeSpan Measure(string folder)
    {
        Directory.CreateDirectory(folder);
        var payload = new byte[2048];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Files; i++)
        {
            var path = Path.Combine(folder, $"probe-{i:D3}.json");
            File.WriteAllBytes(path + ".partial", payload);
            File.Move(path + ".partial", path);
        }

        return clock.Elapsed / Files;
    }
}
