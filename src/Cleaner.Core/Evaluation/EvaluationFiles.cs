namespace Cleaner.Core.Evaluation;

/// <summary>Finds evaluation files under a folder, skipping folders whose name starts with '_' (run reports, state).</summary>
internal static class EvaluationFiles
{
    private const char SkippedFolderPrefix = '_';

    public static IReadOnlyList<string> Find(string root, params string[] extensions)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"folder not found: {root}");
        }

        var found = new List<string>();
        Collect(new DirectoryInfo(root), extensions, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Collect(DirectoryInfo folder, string[] extensions, List<string> found)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (extensions.Any(ext => file.Name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(file.FullName);
            }
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (!child.Name.StartsWith(SkippedFolderPrefix))
            {
                Collect(child, extensions, found);
            }
        }
    }

    /// <summary>The last segment of a path written with either separator, whatever the current platform.</summary>
    public static string FileNameOf(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? path : path[(cut + 1)..];
    }
}
