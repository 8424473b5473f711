using System.Diagnostics;
using System.Globalization;
using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;
using Cleaner.Core.Rules;
using Serilog;

namespace Cleaner.Cli.Commands;

/// <summary><c>cleaner run &lt;inputs&gt;... --out &lt;folder|-&gt;</c>: the main job.</summary>
public static class RunCommand
{
    public static readonly string[] ValueOptions = ["--out", "--config", "--include", "--exclude", "--parallelism", "--reference-time"];
    public static readonly string[] FlagOptions = ["--quiet", "--verbose"];

    public const string Usage = """
        cleaner run <input-folder-or-file>... --out <folder|-> [options]
          --out <folder|->          where stories go; '-' writes JSON Lines to stdout
          --config <folder>         rules folder (default: the rules built into cleaner)
          --include <glob>          files to read under input folders (repeatable; default: pipeline.json input.include)
          --exclude <glob>          files to skip (repeatable; added to pipeline.json input.exclude)
          --parallelism <n>         items processed at once per stage (default: processor count)
          --reference-time <iso>    resolve relative dates ("15 min ago") against this time
          --quiet                   warnings and errors only
          --verbose                 debug logging
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        var output = line.Value("--out") ?? throw new UsageException("--out is required (a folder, or '-' for JSON Lines on stdout)");
        if (line.Positionals.Count == 0)
        {
            throw new UsageException("name at least one input folder or file");
        }

        var reference = ParseReferenceTime(line.Value("--reference-time"));
        var parallelism = line.Int("--parallelism", 1) ?? Environment.ProcessorCount;
        var config = LoadConfig(line.Value("--config"));
        using var logger = (Serilog.Core.Logger)Logging.Create(line.Flag("--quiet"), line.Flag("--verbose"));

        var include = line.Values("--include") is { Count: > 0 } custom ? custom : config.Settings.Input.Include;
        var exclude = config.Settings.Input.Exclude.Concat(line.Values("--exclude")).ToList();
        var report = new RunReport();
        var discovery = new InputDiscovery(include, exclude);
        IStorySink sink = output == "-" ? new JsonLinesSink(stdout) : new FileStorySink(Path.GetFullPath(output));
        var options = new PipelineOptions { Parallelism = parallelism, ReferenceTime = reference };
        var pipeline = new CleaningPipeline(config, options, sink, report, logger);

        logger.Information("Cleaner run: {Inputs} → {Output} (rules {ConfigHash}, parallelism {Parallelism})",
            string.Join(", ", line.Positionals), output == "-" ? "stdout (JSON Lines)" : output, config.Hash, parallelism);
        var clock = Stopwatch.StartNew();
        await pipeline.RunAsync(discovery.Discover(line.Positionals, report.Problem), cancellation).ConfigureAwait(false);
        await stdout.FlushAsync(cancellation).ConfigureAwait(false);
        var summary = report.Summarize(clock.Elapsed);
        RunSummaryPrinter.Print(summary, logger);
        return summary.Failed > 0 ? ExitCodes.FailedInputs : ExitCodes.Success;
    }

    internal static CleanerConfig LoadConfig(string? folder) =>
        folder is null ? CleanerConfig.LoadDefault() : CleanerConfig.LoadFrom(Path.GetFullPath(folder));

    private static DateTimeOffset? ParseReferenceTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new UsageException($"--reference-time must be an ISO 8601 date and time (got '{text}')");
    }
}

/// <summary>The end-of-run summary: inputs, stories, removed lines by kind, failures with reasons.</summary>
public static class RunSummaryPrinter
{
    public static void Print(RunSummary summary, ILogger log)
    {
        log.Information(
            "Done in {Seconds:F1} s: {Inputs} inputs, {Stories} stories, {NoStory} with no story found, {Failed} failed ({MBps:F1} MB/s)",
            summary.Elapsed.TotalSeconds, summary.Inputs.Count, summary.Stories, summary.NoStory, summary.Failed, summary.MegabytesPerSecond);
        if (summary.Removed.Count > 0)
        {
            log.Information("Removed lines by kind: {Removed}", string.Join(", ", summary.Removed.Select(kv => $"{kv.Key} {kv.Value}")));
        }

        foreach (var input in summary.Inputs.Where(i => i.Outcome == OutcomeKind.Failed))
        {
            log.Error("Failed: {Input}: {Reasons}", input.Path, string.Join("; ", input.Reasons));
        }
    }
}
