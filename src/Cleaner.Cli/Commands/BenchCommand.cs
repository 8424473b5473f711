using System.Diagnostics;
using Cleaner.Cli.Bench;
using Cleaner.Core.Pipeline;
using Serilog;

namespace Cleaner.Cli.Commands;

/// <summary>
/// <c>cleaner bench</c>: builds a corpus of realistic dumps, runs the whole pipeline on it (read → story files
/// written) and reports MB/s, stories/s and peak memory. Run it at two corpus sizes to see that memory does
/// not grow with the corpus.
/// </summary>
public static class BenchCommand
{
    public static readonly string[] ValueOptions = ["--size-mb", "--dir", "--parallelism", "--format", "--sink"];
    public static readonly string[] FlagOptions = ["--keep"];

    public const string Usage = """
        cleaner bench [--size-mb <n>] [--format text|html] [--sink files|jsonl] [--dir <folder>] [--parallelism <n>] [--keep]
          --size-mb <n>       corpus size to generate (default 200)
          --format <f>        text dumps (default) or HTML pages
          --sink <s>          a JSON file per story (default) or one JSON Lines file
          --dir <folder>      where to put the corpus and output (default: a new temp folder)
          --parallelism <n>   items processed at once per stage (default: processor count)
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
        var root = line.Value("--dir") is { } dir ? Path.GetFullPath(dir) : Path.Combine(Path.GetTempPath(), "cleaner-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var corpus = Path.Combine(root, "corpus");
        var output = Path.Combine(root, "out");

        try
        {
            await stdout.WriteLineAsync($"Generating a {sizeMb} MB corpus in {corpus} …").ConfigureAwait(false);
            var (files, bytes) = new CorpusGenerator(html: html).Write(corpus, sizeMb * 1024L * 1024L);
            await stdout.WriteLineAsync($"{files:N0} {(html ? "pages" : "dumps")}, {bytes / 1048576.0:F1} MB").ConfigureAwait(false);

            var config = RunCommand.LoadConfig(null);
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
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
            var summary = report.Summarize(clock.Elapsed);

            var seconds = clock.Elapsed.TotalSeconds;
            var megabytes = bytes / 1048576.0;
            await stdout.WriteLineAsync($"""
                {(html ? "HTML pages" : "Text dumps")}, end to end (read → {(jsonLines ? "one JSON Lines file" : "a JSON file per story")} written), parallelism {parallelism}:
                  inputs        {summary.Inputs.Count:N0} ({summary.Failed} failed)
                  stories       {summary.Stories:N0}
                  elapsed       {seconds:F2} s
                  throughput    {megabytes / seconds:F1} MB/s, {summary.Inputs.Count / seconds:N0} {(html ? "pages" : "dumps")}/s, {summary.Stories / seconds:N0} stories/s
                  CPU time      {cpu:F2} s ({megabytes / cpu:F1} MB per CPU-second; {Environment.ProcessorCount} cores)
                  peak memory   {process.PeakWorkingSet64 / 1048576.0:F0} MB (working set); garbage collection paused the run {paused:F2} s
                  file system   {createCost.TotalMilliseconds:F2} ms to create a small file in the output folder
                """).ConfigureAwait(false);
            return summary.Failed > 0 ? ExitCodes.FailedInputs : ExitCodes.Success;
        }
        finally
        {
            if (!line.Flag("--keep"))
            {
                TryDelete(root);
            }
        }
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
