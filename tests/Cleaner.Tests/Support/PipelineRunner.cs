using System.Collections.Concurrent;
using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;
using Cleaner.Core.Rules;
using Serilog;

namespace Cleaner.Tests.Support;

/// <summary>Runs the real pipeline in-process and keeps the stories in memory.</summary>
public static class PipelineRunner
{
    private static readonly Lazy<CleanerConfig> ShippedConfig = new(() => CleanerConfig.LoadFrom(RepoPaths.PipelineConfig));

    /// <summary>The rules in the repository's pipeline-config/ folder.</summary>
    public static CleanerConfig Config => ShippedConfig.Value;

    public static (IReadOnlyList<StoryDocument> Stories, RunSummary Summary) Run(string inputFolder, PipelineOptions? options = null, CleanerConfig? config = null)
    {
        var cfg = config ?? Config;
        var sink = new CollectingSink();
        var report = new RunReport();
        var discovery = new InputDiscovery(cfg.Settings.Input.Include, cfg.Settings.Input.Exclude);
        var pipeline = new CleaningPipeline(cfg, options ?? new PipelineOptions { Parallelism = 2 }, sink, report, new LoggerConfiguration().CreateLogger());
        pipeline.RunAsync(discovery.Discover([inputFolder], report.Problem)).GetAwaiter().GetResult();
        var stories = sink.Stories.OrderBy(s => s.Source.Path, StringComparer.Ordinal).ThenBy(s => s.Source.Story).ToList();
        return (stories, report.Summarize(TimeSpan.Zero));
    }

    /// <summary>Writes <paramref name="text"/> as a one-file dump in a fresh temp folder and runs it.</summary>
    public static IReadOnlyList<StoryDocument> RunText(string text, string fileName = "dump.txt")
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, fileName), text);
        return Run(folder.Path).Stories;
    }

    private sealed class CollectingSink : IStorySink
    {
        public ConcurrentBag<StoryDocument> Stories { get; } = [];

        public bool Sequential => false;

        public byte[] Render(StoryDocument story) => [];

        public string? Write(StoryDocument story, byte[] rendered, Cleaner.Core.Resilience.FileResilience files)
        {
            Stories.Add(story);
            return null;
        }
    }
}

/// <summary>A temp folder removed on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cleaner-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
