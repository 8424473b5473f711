using System.Text.Json;
using Cleaner.Cli;
using Cleaner.Core.Incremental;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli;

/// <summary>The run command end to end through the real CLI: incremental reruns, locking, signals, exit codes.</summary>
public sealed class RunCommandTests
{
    private static readonly string Seed = Path.Combine(RepoPaths.Fixtures, "arab-news-infinite-scroll", "000_72623d22b9095ea1.txt");
    private static readonly string SecondSeed = Path.Combine(RepoPaths.Fixtures, "asharq-al-awsat-repeated-captions", "002_bf835988c6767daa.txt");

    [Fact]
    public void A_rerun_skips_unchanged_inputs_and_writes_byte_identical_stories()
    {
        using var work = new TempFolder();
        var (input, output) = Folders(work);
        File.Copy(Seed, Path.Combine(input, "a.txt"));

        Assert.Equal(ExitCodes.Success, CliProcess.Run("run", input, "--out", output, "--quiet").ExitCode);
        var first = Stories(output);
        Assert.Equal(6, first.Count);

        Assert.Equal(ExitCodes.Success, CliProcess.Run("run", input, "--out", output, "--quiet").ExitCode);
        Assert.Equal(first, Stories(output));
        var report = LatestReport(output);
        Assert.Equal(1, report.GetProperty("counts").GetProperty("skippedUnchanged").GetInt32());
        Assert.Equal(0, report.GetProperty("counts").GetProperty("stories").GetInt32());
    }

    [Fact]
    public void A_changed_input_replaces_its_old_stories_instead_of_adding_to_them()
    {
        using var work = new TempFolder();
        var (input, output) = Folders(work);
        var file = Path.Combine(input, "a.txt");
        File.Copy(Seed, file);
        CliProcess.Run("run", input, "--out", output, "--quiet");
        Assert.Equal(6, Stories(output).Count);

        File.Copy(SecondSeed, file, overwrite: true);
        Assert.Equal(ExitCodes.Success, CliProcess.Run("run", input, "--out", output, "--quiet").ExitCode);

        var stories = Stories(output);
        Assert.Equal(2, stories.Count);
        Assert.All(stories.Keys, path => Assert.StartsWith("asharq-al-awsat/", path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deleted_input_keeps_its_stories_unless_prune_is_given()
    {
        using var work = new TempFolder();
        var (input, output) = Folders(work);
        File.Copy(Seed, Path.Combine(input, "a.txt"));
        File.Copy(SecondSeed, Path.Combine(input, "b.txt"));
        CliProcess.Run("run", input, "--out", output, "--quiet");
        File.Delete(Path.Combine(input, "a.txt"));

        CliProcess.Run("run", input, "--out", output, "--quiet");
        Assert.Equal(8, Stories(output).Count);

        Assert.Equal(ExitCodes.Success, CliProcess.Run("run", input, "--out", output, "--quiet", "--prune").ExitCode);
        Assert.Equal(2, Stories(output).Count);
    }

    [Fact]
    public void Changed_rules_rebuild_everything_and_say_so()
    {
        using var work = new TempFolder();
        var (input, output) = Folders(work);
        File.Copy(Seed, Path.Combine(input, "a.txt"));
        CliProcess.Run("run", input, "--out", output, "--quiet");

        var rules = Path.Combine(work.Path, "rules");
        CopyFolder(RepoPaths.PipelineConfig, rules);
        var pipeline = Path.Combine(rules, "pipeline.json");
        File.WriteAllText(pipeline, File.ReadAllText(pipeline).Replace("\"standfirstMaxWords\": 45", "\"standfirstMaxWords\": 46", StringComparison.Ordinal));

        var (code, _, stderr) = CliProcess.Run("run", input, "--out", output, "--config", rules);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Rules changed since the last run", stderr, StringComparison.Ordinal);
        Assert.Equal(6, LatestReport(output).GetProperty("counts").GetProperty("stories").GetInt32());
    }

    [Fact]
    public void A_second_run_on_a_locked_output_folder_exits_at_once_naming_the_holder()
    {
        using var work = new TempFolder();
        var (_, output) = Folders(work);
        using var holder = ChildProcess.HoldingLock(output);

        var (code, _, stderr) = CliProcess.Run("run", RepoPaths.Fixtures, "--out", output);

        Assert.Equal(ExitCodes.Locked, code);
        Assert.Contains("locked by another run", stderr, StringComparison.Ordinal);
        Assert.Contains(holder.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rules_file_stops_the_run_before_anything_is_written()
    {
        using var work = new TempFolder();
        var (input, output) = Folders(work);
        File.Copy(Seed, Path.Combine(input, "a.txt"));
        var rules = Path.Combine(work.Path, "rules");
        CopyFolder(RepoPaths.PipelineConfig, rules);
        File.WriteAllText(Path.Combine(rules, "boilerplate.json"), "{ \"shareLines\": [\"Share\"], \"sharePatterns\": [\"(unclosed\"] }");

        var (code, _, stderr) = CliProcess.Run("run", input, "--out", output, "--config", rules);

        Assert.Equal(ExitCodes.UsageOrConfig, code);
        Assert.Contains("boilerplate.json", stderr, StringComparison.Ordinal);
        Assert.Contains("sharePatterns", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [LinuxFact]
    public void Sigterm_stops_the_run_with_the_interrupted_exit_code_and_a_report()
    {
        using var work = new TempFolder();
        var corpus = Path.Combine(work.Path, "corpus");
        new Cleaner.Cli.Bench.CorpusGenerator(seed: 3).Write(corpus, 6L * 1024 * 1024);
        var output = Path.Combine(work.Path, "out");

        using var run = CliProcess.Start("run", corpus, "--out", output, "--quiet");
        Thread.Sleep(1500);
        Assert.False(run.HasExited, "the run finished before it could be stopped; the corpus is too small");
        run.Terminate();
        var (code, _, _) = run.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.Interrupted, code);
        var report = LatestReport(output);
        Assert.Equal("interrupted", report.GetProperty("stopped").GetString());
        Assert.Empty(Directory.EnumerateFiles(output, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public void Json_lines_on_stdout_carry_one_story_per_line_in_input_order()
    {
        var (code, stdout, _) = CliProcess.Run("run", Seed, SecondSeed, "--out", "-", "--quiet");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        var titles = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()).ToList();
        Assert.StartsWith("Turkiye, US want to lift", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Türkiye Blocks NATO-Israel", titles[6], StringComparison.Ordinal);
    }

    private static (string Input, string Output) Folders(TempFolder work)
    {
        var input = Path.Combine(work.Path, "in");
        Directory.CreateDirectory(input);
        return (input, Path.Combine(work.Path, "out"));
    }

    private static Dictionary<string, string> Stories(string output) =>
        Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(output, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith('_'))
            .ToDictionary(p => p, p => File.ReadAllText(Path.Combine(output, p)));

    private static JsonElement LatestReport(string output)
    {
        var latest = Directory.EnumerateFiles(Path.Combine(output, "_runs"), "*.json").Order(StringComparer.Ordinal).Last();
        return JsonDocument.Parse(File.ReadAllText(latest)).RootElement.Clone();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
