using System.Diagnostics;
using Cleaner.Cli.Bench;
using Cleaner.Core.Pipeline;
using Serilog;

namespace Cleaner.Cli.Commands;

/// <summary>
/// <c>cleaner bench</c>: builds a corpus of realistic dumps, runs the whole pipeline on it (read → story files
/// written) and reports MB/s, stories/s and peak memory. Run it at two corpus sizes to see that memory does
/// not grow with the corpus. With <c>--passes</c> the same corpus is run again in the same process, which tells
/// start-up costs (code compiled as it is first used) from the throughput of code already compiled.
/// </summary>
public static class BenchCommand
{
    public static readonly string[] ValueOptions = ["--size-mb", "--dir", "--parallelism", "--format", "--sink", "--passes"];
    public static readonly string[] FlagOptions = ["--keep"];

    public const string Usage = """
        cleaner bench [--size-mb <n>] [--format text|html] [--sink files|jsonl] [--dir <folder>] [--parallelism <n>] [--passes <n>] [--keep]
          --size-mb <n>       corpus size to generate (default 200)
          --format <f>        text dumps (default) or HTML pages
          --sink <s>          a JSON file per story (default) or one JSON Lines file
          --dir <folder>      where to put the corpus and output (default: a new temp folder)
          --parallelism <n>   items processed at once per stage (default: processor count)
          --passes <n>        run the pipeline over the corpus n times in one process (default 1); passes
                              after the first run code that is already compiled
          --keep              keep the corpus and output afterwards
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, CancellationToken cancellation)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions);
        var sizeMb = line.Int("--size-mb", 1) ?? 200;
        var html = (line.Value("--format") ?? "text") switch
        {
            "text" => false,
            "html" => true,
            var other => throw new UsageException($"--format must be text or html (got '{other}')"),
        };
        var jsonLines = (line.Value("--sink") ?? "files") switch
        {
            "files" => false,
            "jsonl" => true,
            var other => throw new UsageException($"--sink must be files or jsonl (got '{other}')"),
        };
        var parallelism = line.Int("--parallelism", 1) ?? Environment.ProcessorCount;
        var passes = line.Int("--passes", 1) ?? 1;
        var root = line.Value("--dir") is { } dir ? Path.GetFullPath(dir) : Path.Combine(Path.GetTempPath(), "cleaner-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var corpus = Path.Combine(root, "corpus");
        var output = Path.Combine(root, "out");

        try
        {
            await stdout.WriteLineAsync($"Generating a {sizeMb} MB corpus in {corpus} …").ConfigureAwait(false);
            var (files, bytes) = new CorpusGenerator(html: html).Write(corpus, sizeMb * 1024L * 1024L);
            await stdout.WriteLineAsync($"{files:N0} {(html ? "pages" : "dumps")}, {bytes / 1048576.0:F1} MB").ConfigureAwait(false);

            var config = RunCommand.LoadConfig(null);
            var failed = 0;
            for (var pass = 1; pass <= passes; pass++)
            {
                var heading = passes == 1 ? "" : $"Pass {pass} of {passes}{(pass == 1 ? " (code compiled as it is first used)" : "")}: ";
                // Each pass writes into a folder of its own, so every pass creates its files rather than replacing them.
                var passOutput = passes == 1 ? output : Path.Combine(output, $"pass-{pass}");
                var result = await RunPassAsync(config, corpus, passOutput, jsonLines, parallelism, cancellation).ConfigureAwait(false);
                failed += result.Summary.Failed;
                await stdout.WriteLineAsync(Describe(result, heading, html, jsonLines, parallelism, bytes)).ConfigureAwait(false);
            }

            return failed > 0 ? ExitCodes.FailedInputs : ExitCodes.Success;
        }
        finally
        {
            if (!line.Flag("--keep"))
            {
                TryDelete(root);
            }
        }
    }

    private sealed record PassResult(RunSummary Summary, TimeSpan Elapsed, double CpuSeconds, double PausedSeconds, long PeakWorkingSet, TimeSpan CreateCost);

    /// <summary>One run of the whole pipeline over the corpus, timed from the first input read to the last story written.</summary>
    private static async Task<PassResult> RunPassAsync(Core.Rules.CleanerConfig config, string corpus, string output, bool jsonLines, int parallelism, CancellationToken cancellation)
    {
        var report = new RunReport();
        var discovery = new InputDiscovery(config.Settings.Input.Include, config.Settings.Input.Exclude);
        Directory.CreateDirectory(output);
        var createCost = FileCreateProbe.Measure(Path.Combine(output, "_probe"));
        await using var linesFile = jsonLines ? new FileStream(Path.Combine(output, "stories.jsonl"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16) : null;
        IStorySink sink = linesFile is null ? new FileStorySink(output) : new JsonLinesSink(linesFile);
        var pipeline = new CleaningPipeline(config, new PipelineOptions { Parallelism = parallelism }, sink, report, new LoggerConfiguration().CreateLogger());

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        await pipeline.RunAsync(discovery.Discover([corpus], report.Problem), cancellation).ConfigureAwait(false);
        if (linesFile is not null)
        {
            await linesFile.FlushAsync(cancellation).ConfigureAwait(false);
        }

        clock.Stop();
        process.Refresh();
        return new PassResult(
            report.Summarize(clock.Elapsed),
            clock.Elapsed,
            (process.TotalProcessorTime - cpuBefore).TotalSeconds,
            (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds,
            process.PeakWorkingSet64,
            createCost);
    }

    private static string Describe(PassResult pass, string heading, bool html, bool jsonLines, int parallelism, long bytes)
    {
        var seconds = pass.Elapsed.TotalSeconds;
        var megabytes = bytes / 1048576.0;
        var summary = pass.Summary;
        return $"""
            {heading}{(html ? "HTML pages" : "Text dumps")}, end to end (read → {(jsonLines ? "one JSON Lines file" : "a JSON file per story")} written), parallelism {parallelism}:
              inputs        {summary.Inputs.Count:N0} ({summary.Failed} failed)
              stories       {summary.Stories:N0}
              elapsed       {seconds:F2} s
              throughput    {megabytes / seconds:F1} MB/s, {summary.Inputs.Count / seconds:N0} {(html ? "pages" : "dumps")}/s, {summary.Stories / seconds:N0} stories/s
              CPU time      {pass.CpuSeconds:F2} s ({megabytes / pass.CpuSeconds:F1} MB per CPU-second; {Environment.ProcessorCount} cores)
              peak memory   {pass.PeakWorkingSet / 1048576.0:F0} MB (working set); garbage collection paused the run {pass.PausedSeconds:F2} s
              file system   {pass.CreateCost.TotalMilliseconds:F2} ms to create a small file in the output folder
            """;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
