using System.Text;
using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;
using Cleaner.Core.Resilience;
using Cleaner.Tests.Support;
using Serilog;

namespace Cleaner.Tests.Pipeline;

/// <summary>
/// A folder of hostile files next to one good dump, through the real pipeline into a real output folder:
/// every bad file ends as a failure with a clear reason (or as "no story found"), the good dump still gives
/// its stories, and nothing half-written is left behind.
/// </summary>
public sealed class HostileInputTests
{
    [LinuxFact]
    public void Every_hostile_file_is_reported_with_its_reason_and_the_good_dump_still_comes_through()
    {
        using var work = new TempFolder();
        var input = Path.Combine(work.Path, "in");
        var output = Path.Combine(work.Path, "out");
        Directory.CreateDirectory(input);
        var good = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "asharq-al-awsat-repeated-captions", "002_bf835988c6767daa.txt"));

        File.WriteAllText(Path.Combine(input, "good.txt"), good);
        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(input, "image.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(input, "nul-bytes.txt"), [.. Encoding.ASCII.GetBytes("text with"), 0, 0, 0, .. Encoding.ASCII.GetBytes("nul bytes")]);
        File.WriteAllBytes(Path.Combine(input, "utf16le.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(good)]);
        File.WriteAllBytes(Path.Combine(input, "utf16be.txt"), [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(good)]);
        File.WriteAllBytes(Path.Combine(input, "cp1252.txt"), Windows1252(good.Replace('’', '\'')));
        File.WriteAllText(Path.Combine(input, "crlf.txt"), good.ReplaceLineEndings("\r\n"));
        File.WriteAllText(Path.Combine(input, "cr.txt"), good.ReplaceLineEndings("\r"));
        File.WriteAllText(Path.Combine(input, "one-long-line.txt"), new string('a', 12 * 1024 * 1024));
        using (var huge = File.Create(Path.Combine(input, "too-large.txt")))
        {
            huge.SetLength(100L * 1024 * 1024);
        }

        File.CreateSymbolicLink(Path.Combine(input, "dangling.txt"), Path.Combine(work.Path, "nowhere.txt"));
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);

        var config = PipelineRunner.Config;
        var report = new RunReport();
        var log = new LoggerConfiguration().CreateLogger();
        var discovery = new InputDiscovery(config.Settings.Input.Include, config.Settings.Input.Exclude);
        var inputs = discovery.Discover([input], report.Problem).ToList();

        // Removed between discovery and reading, as a share cleaner might do mid-run.
        var vanishing = Path.Combine(input, "vanishing.txt");
        File.WriteAllText(vanishing, good);
        inputs.Add(new InputFile(vanishing, "vanishing.txt", good.Length, DateTime.UtcNow));
        File.Delete(vanishing);

        var pipeline = new CleaningPipeline(config, new PipelineOptions { Parallelism = 2 }, new FileStorySink(output), report, log, new FileResilience(log));
        pipeline.RunAsync(inputs).GetAwaiter().GetResult();
        var outcomes = report.Summarize(TimeSpan.Zero).Inputs.ToDictionary(i => i.Path);

        foreach (var readable in new[] { "good.txt", "utf16le.txt", "utf16be.txt", "cp1252.txt", "crlf.txt", "cr.txt" })
        {
            Assert.True(outcomes[readable].Outcome == OutcomeKind.Stories, $"{readable}: {string.Join("; ", outcomes[readable].Reasons)}");
            Assert.Equal(2, outcomes[readable].Stories);
        }

        Assert.Contains(outcomes["cp1252.txt"].Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
        AssertFailed(outcomes, "empty.txt", "empty file");
        AssertFailed(outcomes, "image.txt", "PNG");
        AssertFailed(outcomes, "nul-bytes.txt", "binary");
        AssertFailed(outcomes, "one-long-line.txt", "read.maxLineChars");
        AssertFailed(outcomes, "too-large.txt", "read.maxFileBytes");
        AssertFailed(outcomes, "dangling.txt", "not found");
        AssertFailed(outcomes, "vanishing.txt", "not found");
        Assert.Empty(Directory.EnumerateFiles(output, "*.partial", SearchOption.AllDirectories));

        // The same stories, whatever the encoding or line ends they came in.
        var titles = Directory.EnumerateFiles(output, "*.json", SearchOption.AllDirectories).Select(Path.GetFileName).Distinct().Count();
        Assert.True(titles >= 2);
    }

    private static void AssertFailed(Dictionary<string, InputOutcome> outcomes, string path, string reasonPart)
    {
        Assert.True(outcomes.ContainsKey(path), $"{path} has no outcome");
        Assert.Equal(OutcomeKind.Failed, outcomes[path].Outcome);
        Assert.Contains(outcomes[path].Reasons, r => r.Contains(reasonPart, StringComparison.OrdinalIgnoreCase));
    }

    private static byte[] Windows1252(string text) =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
}
