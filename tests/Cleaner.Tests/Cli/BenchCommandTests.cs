using System.Text.RegularExpressions;
using Cleaner.Cli;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli;

/// <summary>The bench command through the real CLI: what it reports, pass by pass.</summary>
public sealed partial class BenchCommandTests
{
    [Fact]
    public void Passes_run_the_same_corpus_again_and_report_each_pass_on_its_own()
    {
        using var work = new TempFolder();

        var (exitCode, stdout, stderr) = CliProcess.Run("bench", "--size-mb", "1", "--passes", "2", "--sink", "jsonl", "--dir", work.Path, "--keep");

        Assert.True(exitCode == ExitCodes.Success, stderr);
        Assert.Contains("Pass 1 of 2 (code compiled as it is first used): Text dumps", stdout, StringComparison.Ordinal);
        Assert.Contains("Pass 2 of 2: Text dumps", stdout, StringComparison.Ordinal);
        var stories = StoriesLine().Matches(stdout).Select(m => int.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, stories.Count);
        Assert.True(stories[0] > 0);
        Assert.Equal(stories[0], stories[1]);

        // Each pass writes its own output, one line per story.
        foreach (var pass in new[] { "pass-1", "pass-2" })
        {
            Assert.Equal(stories[0], File.ReadLines(Path.Combine(work.Path, "out", pass, "stories.jsonl")).Count());
        }
    }

    [Fact]
    public void Zero_passes_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliProcess.Run("bench", "--passes", "0");

        Assert.Equal(ExitCodes.UsageOrConfig, exitCode);
        Assert.Contains("--passes", stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*stories\s+([\d,]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex StoriesLine();
}
