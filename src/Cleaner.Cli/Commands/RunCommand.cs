using System.Diagnostics;
using System.Globalization;
using Cleaner.Cli.Logging;
using Cleaner.Cli.Progress;
using Cleaner.Core.Incremental;
using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Cleaner.Core.Pipeline;
using Cleaner.Core.Resilience;
using Cleaner.Core.Rules;
using Serilog;

namespace Cleaner.Cli.Commands;

/// <summary>
/// <c>cleaner run &lt;inputs&gt;... --out &lt;folder|-&gt;</c>: the main job. Into a folder it runs
/// incrementally under a lock (state in <c>_state/</c>, logs in <c>_logs/</c>, a report per run in
/// <c>_runs/</c>, failing inputs listed in <c>_quarantine/</c>); to stdout it streams JSON Lines.
/// </summary>
public static class RunCommand
{
    // A day: a document still running after that is stuck, and a timed wait cannot be longer than about 49 days.
    private const int MaxDocumentTimeoutSeconds = 86_400;

    public static readonly string[] ValueOptions =
        ["--out", "--config", "--include", "--exclude", "--parallelism", "--reference-time", "--document-timeout", "--log-retention"];

    public static readonly string[] FlagOptions = ["--quiet", "--verbose", "--full", "--prune", "--durable"];

    public const string Usage = """
        cleaner run <input-folder-or-file>... --out <folder|-> [options]
          --out <folder|->           where stories go; '-' writes JSON Lines to stdout
          --config <folder>          rules folder (default: the rules built into cleaner)
          --include <glob>           files to read under input folders (repeatable; default: pipeline.json input.include)
          --exclude <glob>           files to skip (repeatable; added to pipeline.json input.exclude)
          --parallelism <n>          items processed at once per stage (default: processor count)
          --reference-time <iso>     resolve relative dates ("15 min ago") against this time
          --full                     process every input again, not only new and changed ones
          --prune                    remove the stories of inputs that no longer exist under the input folders
          --durable                  flush every story file and state record to disk (survives power loss; slower)
          --document-timeout <s>     abandon and report a document that takes longer than this (default 60, at most 86400)
          --log-retention <n>        daily log files kept in <out>/_logs (default 30)
          --quiet                    warnings and errors only, no progress line
          --verbose                  debug logging
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        var output = line.Value("--out") ?? throw new UsageException("--out is required (a folder, or '-' for JSON Lines on stdout)");
        if (line.Positionals.Count == 0)
        {
            throw new UsageException("name at least one input folder or file");
        }

        var options = new PipelineOptions
        {
            Parallelism = line.Int("--parallelism", 1) ?? Environment.ProcessorCount,
            ReferenceTime = ParseReferenceTime(line.Value("--reference-time")),
            DocumentTimeout = TimeSpan.FromSeconds(line.Int("--document-timeout", 1, MaxDocumentTimeoutSeconds) ?? 60),
        };
        var retention = line.Int("--log-retention", 1) ?? 30;
        var config = LoadConfig(line.Value("--config"));
        var logOptions = new LogOptions { Quiet = line.Flag("--quiet"), Verbose = line.Flag("--verbose") };

        if (output == "-")
        {
            using var streamLog = LogSetup.Create(logOptions);
            return await StreamAsync(line, config, options, stdout, streamLog, cancellation).ConfigureAwait(false);
        }

        var outRoot = Path.GetFullPath(output);
        OutputLock runLock;
        using (var consoleLog = LogSetup.Create(logOptions))
        {
            try
            {
                runLock = OutputLock.Acquire(outRoot, consoleLog);
            }
            catch (OutputLockedException e)
            {
                consoleLog.Error("{Message}", e.Message);
                return ExitCodes.Locked;
            }
        }

        using (runLock)
        {
            return await RunIntoFolderAsync(line, config, options, outRoot, logOptions with { OutputRoot = outRoot, RetainedFiles = retention }, cancellation)
                .ConfigureAwait(false);
        }
    }

    private static async Task<int> RunIntoFolderAsync(
        CommandLine line, CleanerConfig config, PipelineOptions options, string outRoot, LogOptions logOptions, CancellationToken cancellation)
    {
        var started = TimeProvider.System.GetUtcNow();
        var counters = new ProgressCounters();
        var progress = ProgressDisplay.ForConsole(counters, logOptions.Quiet);
        using var log = LogSetup.Create(logOptions, progress);
        var durable = line.Flag("--durable");

        var leftovers = AtomicFile.RemoveLeftovers(outRoot);
        if (leftovers > 0)
        {
            log.Information("Removed {Count} unfinished temporary files left by an interrupted run", leftovers);
        }

        using var state = StateStore.Open(outRoot, log, flushToDisk: durable);
        var files = new FileResilience(log);
        var inputs = Discover(line, config, log, out var discoveryProblems);
        var (process, skip) = new InputPlanner(state, log).Plan(
            inputs, config.Hash, line.Flag("--full"), input => files.Read(input.FullPath, () => ContentHash.Sha256Of(input.FullPath), cancellation));
        state.SetConfigHash(config.Hash);

        var recorder = new StateRecorder(state, outRoot, files, log);
        if (line.Flag("--prune"))
        {
            recorder.Prune(line.Positionals);
        }

        var report = new RunReport([recorder, new ProgressObserver(counters)]);
        foreach (var (path, reason) in discoveryProblems)
        {
            report.Problem(path, reason);
        }

        foreach (var input in skip)
        {
            report.Skipped(input);
            counters.InputSkipped();
        }

        foreach (var input in process)
        {
            counters.InputQueued(Math.Max(0, input.Length));
        }

        counters.AllQueued();
        log.Information("Cleaner run: {Inputs} → {Output} (rules {RulesHash}, parallelism {Parallelism}): {Process} to process, {Skip} unchanged",
            string.Join(", ", line.Positionals), outRoot, config.Hash, options.Parallelism, process.Count, skip.Count);
        progress.Start();

        var clock = Stopwatch.StartNew();
        string? stopped = null;
        var exit = ExitCodes.Success;
        try
        {
            var pipeline = new CleaningPipeline(config, options, new FileStorySink(outRoot, durable), report, log, files);
            await pipeline.RunAsync(process, cancellation).ConfigureAwait(false);
        }
        catch (OutputUnavailableException e)
        {
            stopped = $"output location unavailable: {e.Message}";
            exit = ExitCodes.OutputUnavailable;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stopped = "interrupted";
            exit = ExitCodes.Interrupted;
        }

        progress.Dispose();
        var summary = report.Summarize(clock.Elapsed);
        if (exit == ExitCodes.Success && summary.Failed > 0)
        {
            exit = ExitCodes.FailedInputs;
        }

        state.Compact();
        var reportPath = RunReportFile.Write(outRoot, summary, new RunContext(started, config.Hash, line.Positionals, exit, stopped));
        QuarantineIndex.Update(outRoot, summary, TimeProvider.System.GetUtcNow());
        RunSummaryPrinter.Print(summary, log);
        log.Information("Run report: {Report}{Stopped}", reportPath, stopped is null ? "" : $" (stopped: {stopped})");
        return exit;
    }

    private static async Task<int> StreamAsync(
        CommandLine line, CleanerConfig config, PipelineOptions options, TextWriter stdout, ILogger log, CancellationToken cancellation)
    {
        var inputs = Discover(line, config, log, out var problems);
        var report = new RunReport();
        foreach (var (path, reason) in problems)
        {
            report.Problem(path, reason);
        }

        var clock = Stopwatch.StartNew();

        // Stories arrive as UTF-8 and go to stdout's bytes through one buffer, in order; the console's own writer
        // would encode them again and take a lock on every call. Another writer (a test's) gets them decoded.
        await using var buffered = stdout == Console.Out ? new BufferedStream(Console.OpenStandardOutput(), 64 * 1024) : null;
        var sink = buffered is null ? new JsonLinesSink(stdout) : new JsonLinesSink(buffered);
        var pipeline = new CleaningPipeline(config, options, sink, report, log);
        try
        {
            await pipeline.RunAsync(inputs, cancellation).ConfigureAwait(false);
        }
        finally
        {
            if (buffered is not null)
            {
                await buffered.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        var summary = report.Summarize(clock.Elapsed);
        RunSummaryPrinter.Print(summary, log);
        return summary.Failed > 0 ? ExitCodes.FailedInputs : ExitCodes.Success;
    }

    private static List<InputFile> Discover(CommandLine line, CleanerConfig config, ILogger log, out List<(string Path, string Reason)> problems)
    {
        var include = line.Values("--include") is { Count: > 0 } custom ? custom : config.Settings.Input.Include;
        var exclude = config.Settings.Input.Exclude.Concat(line.Values("--exclude")).ToList();
        var found = new List<(string, string)>();
        var inputs = new InputDiscovery(include, exclude).Discover(line.Positionals, (path, reason) =>
        {
            found.Add((path, reason));
            log.Warning("{Input}: {Reason}", path, reason);
        }).ToList();
        problems = found;
        return inputs;
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
            "Done in {Seconds:F1} s: {Inputs} inputs, {Stories} stories, {NoStory} with no story found, {Skipped} unchanged, {Failed} failed ({MBps:F1} MB/s)",
            summary.Elapsed.TotalSeconds, summary.Inputs.Count, summary.Stories, summary.NoStory, summary.Skipped, summary.Failed, summary.MegabytesPerSecond);
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
