using System.Reflection;

namespace Cleaner.Core.Rules;

/// <summary>One rules file: its name relative to the config root ('/' separators) and its text.</summary>
public sealed record ConfigFile(string Name, string Content);

public static class ConfigSources
{
    public const string EmbeddedPrefix = "pipeline-config/";

    /// <summary>The rules shipped inside the library (a copy of the repository's pipeline-config/ folder).</summary>
    public static IReadOnlyList<ConfigFile> Embedded()
    {
        var assembly = typeof(ConfigSources).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ConfigFile(n[EmbeddedPrefix.Length..].Replace('\\', '/'), ReadResource(assembly, n)))
            .ToList();
    }

    public static IReadOnlyList<ConfigFile> FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ConfigException($"{directory}: config folder not found");
        }

        return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(path => new ConfigFile(Path.GetRelativePath(directory, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
