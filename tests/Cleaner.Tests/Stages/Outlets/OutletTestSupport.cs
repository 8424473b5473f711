using System.Text.Json;
using Cleaner.Core.Rules;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages.Outlets;

/// <summary>Shared fixtures for the outlet tests: the shipped rules, sample dumps, seed gold, throwaway rule folders.</summary>
internal static class OutletTestSupport
{
    private static readonly Lazy<CleanerConfig> Shipped = new(() => CleanerConfig.LoadFrom(RepoPaths.PipelineConfig));

    public static CleanerConfig ShippedConfig => Shipped.Value;

    public static string SamplesFolder => Path.Combine(RepoPaths.Root, "tests", "Cleaner.Tests", "Stages", "Outlets", "Samples");

    public static IReadOnlyList<string> ReadLines(string path) => File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');

    /// <summary>
    /// The gold folder: shared/gold beside the repository (or where CLEANER_SHARED points), else the nearest
    /// shared/gold above it, which is where it sits when the repository is a worktree one level deeper.
    /// </summary>
    public static string? GoldFolder()
    {
        if (RepoPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "gold")))
        {
            return Path.Combine(shared, "gold");
        }

        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var gold = Path.Combine(dir.FullName, "shared", "gold");
            if (Directory.Exists(gold))
            {
                return gold;
            }
        }

        return null;
    }

    /// <summary>The distinct outlet ids the gold file gives the seed's stories, or null when there is no gold here.</summary>
    public static IReadOnlyList<string>? GoldOutletIds(string seedFileName)
    {
        if (GoldFolder() is not { } gold)
        {
            return null;
        }

        var path = Path.Combine(gold, Path.ChangeExtension(seedFileName, ".json"));
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("outlet").GetProperty("id").GetString()!)
            .Distinct()
            .ToList();
    }

    /// <summary>A copy of the shipped rules in a temporary folder, with extra or replaced files, deleted on dispose.</summary>
    public sealed class TempConfig : IDisposable
    {
        public TempConfig(IReadOnlyDictionary<string, string> files, bool keepShippedOutlets = true)
        {
            Root = Path.Combine(Path.GetTempPath(), "cleaner-outlets-" + Guid.NewGuid().ToString("N"));
            foreach (var source in Directory.EnumerateFiles(RepoPaths.PipelineConfig, "*.json", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.PipelineConfig, source);
                if (!keepShippedOutlets && relative.StartsWith("outlets", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }

            foreach (var (name, content) in files)
            {
                var target = Path.Combine(Root, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, content);
            }
        }

        public string Root { get; }

        public CleanerConfig Load() => CleanerConfig.LoadFrom(Root);

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
