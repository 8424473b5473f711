using Cleaner.Core.Model;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// Finds the input files under the given files and folders, in a stable order (ordinal by relative path).
/// Folders are walked recursively; symbolic links to folders are followed once, so a link loop ends the walk
/// instead of the run. Folders that cannot be listed are reported, not fatal.
/// </summary>
public sealed class InputDiscovery(IReadOnlyList<string> include, IReadOnlyList<string> exclude)
{
    public IEnumerable<InputFile> Discover(IEnumerable<string> inputs, Action<string, string> reportProblem)
    {
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full))
            {
                var info = new FileInfo(full);
                yield return new InputFile(full, info.Name, info.Length, info.LastWriteTimeUtc);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full, reportProblem))
                {
                    yield return file;
                }
            }
            else
            {
                reportProblem(input, "input not found");
            }
        }
    }

    private IEnumerable<InputFile> Walk(string root, Action<string, string> reportProblem)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);

        var found = new List<(string Relative, FileInfo Info)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!visited.Add(RealPath(directory)))
            {
                continue;
            }

            try
            {
                foreach (var entry in directory.EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo sub)
                    {
                        pending.Push(sub);
                    }
                    else if (entry is FileInfo file)
                    {
                        found.Add((Path.GetRelativePath(root, file.FullName).Replace('\\', '/'), file));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                reportProblem(directory.FullName, $"folder cannot be listed: {e.Message}");
            }
        }

        // Matched all at once: the matcher builds its in-memory tree once per call, which per file was most of the walk.
        var matched = matcher.Match(root, found.Select(f => f.Relative)).Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(f => !matched.Contains(f.Relative));
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach (var (relative, info) in found)
        {
            long length;
            DateTime modified;
            try
            {
                length = info.Length;
                modified = info.LastWriteTimeUtc;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                (length, modified) = (-1, DateTime.MinValue);
            }

            yield return new InputFile(info.FullName, relative, length, modified);
        }
    }

    private static string RealPath(DirectoryInfo directory)
    {
        try
        {
            return directory.LinkTarget is null
                ? directory.FullName
                : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
        }
        catch (IOException)
        {
            return directory.FullName;
        }
    }
}
