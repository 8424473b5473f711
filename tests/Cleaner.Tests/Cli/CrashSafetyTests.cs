using System.Text.Json;
using Cleaner.Cli;
using Cleaner.Cli.Bench;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli;

/// <summary>
/// The real CLI on a generated corpus, killed with SIGKILL at random moments and rerun: the final output
/// must equal an uninterrupted run's, file for file and byte for byte, with nothing half-written.
/// </summary>
public sealed class CrashSafetyTests
{
    private const long CorpusBytes = 3L * 1024 * 1024;

    [LinuxFact]
    public void Killing_the_run_at_random_moments_and_rerunning_gives_the_uninterrupted_output()
    {
        using var work = new TempFolder();
        var corpus = Path.Combine(work.Path, "corpus");
        new CorpusGenerator(seed: 7).Write(corpus, CorpusBytes);

        var reference = Path.Combine(work.Path, "reference");
        Assert.Equal(ExitCodes.Success, CliProcess.Run("run", corpus, "--out", reference, "--quiet").ExitCode);

        var crashed = Path.Combine(work.Path, "crashed");
        var random = new Random(12345);
        var kills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var run = CliProcess.Start("run", corpus, "--out", crashed, "--quiet");
            Thread.Sleep(random.Next(400, 2500));
            if (!run.HasExited)
            {
                run.Kill();
                kills++;
            }
        }

        var final = CliProcess.Run("run", corpus, "--out", crashed, "--quiet");
        Assert.Equal(ExitCodes.Success, final.ExitCode);
        Assert.True(kills > 0, "no run was still going when it was killed; the corpus is too small for this machine");

        var expected = StoryFiles(reference);
        var actual = StoryFiles(crashed);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, content) in expected)
        {
            Assert.True(content == actual[path], $"{path} differs after the interrupted runs");
        }

        Assert.Empty(Directory.EnumerateFiles(crashed, "*.partial", SearchOption.AllDirectories));
        foreach (var content in actual.Values)
        {
            using var _ = JsonDocument.Parse(content);
        }
    }

    private static Dictionary<string, string> StoryFiles(string root) =>
        Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith('_'))
            .ToDictionary(relative => relative, relative => File.ReadAllText(Path.Combine(root, relative)));
}
