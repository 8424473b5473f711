using System.Text.Json;
using Cleaner.Cli.Logging;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli.Logging;

public sealed class LogSetupTests : IDisposable
{
    private readonly TempFolder _out = new();

    private string LogFolder => Path.Combine(_out.Path, "_logs");

    public void Dispose() => _out.Dispose();

    [Fact]
    public void With_an_output_folder_events_go_to_a_daily_compact_json_file_in_its_logs_folder()
    {
        using (var logger = LogSetup.Create(Options()))
        {
            logger.Information("{Input}: {Stories} stories", "a.txt", 2);
            logger.Warning("{Input}: no story found", "b.txt");
            logger.Debug("not without --verbose");
        }

        var file = Assert.Single(Directory.GetFiles(LogFolder));
        Assert.Matches(@"cleaner-\d{8}\.json$", file);
        var events = File.ReadAllLines(file).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal("a.txt: 2 stories", events[0].GetProperty("@m").GetString());
        Assert.Equal("a.txt", events[0].GetProperty("Input").GetString());
        Assert.Equal("Warning", events[1].GetProperty("@l").GetString());
    }

    [Fact]
    public void Verbose_adds_debug_events_to_the_file()
    {
        using (var logger = LogSetup.Create(Options() with { Verbose = true }))
        {
            logger.Debug("details {N}", 1);
        }

        Assert.Contains("\"@l\":\"Debug\"", File.ReadAllText(Assert.Single(Directory.GetFiles(LogFolder))), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_configured_number_of_daily_files_is_kept()
    {
        Directory.CreateDirectory(LogFolder);
        for (var day = 1; day <= 20; day++)
        {
            File.WriteAllText(Path.Combine(LogFolder, $"cleaner-202401{day:00}.json"), "{}\n");
        }

        using (var logger = LogSetup.Create(Options() with { RetainedFiles = 5 }))
        {
            logger.Information("today");
        }

        var kept = Directory.GetFiles(LogFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, kept.Count);
        Assert.Equal(["cleaner-20240117.json", "cleaner-20240118.json", "cleaner-20240119.json", "cleaner-20240120.json"], kept.Take(4));
    }

    [Fact]
    public void Without_an_output_folder_no_log_file_is_written()
    {
        using (var logger = LogSetup.Create(new LogOptions { Quiet = true, ErrorRedirected = true }))
        {
            logger.Information("to nowhere but the console");
        }

        Assert.False(Directory.Exists(LogFolder));
    }

    [Fact]
    public void A_retention_below_one_file_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LogSetup.Create(Options() with { RetainedFiles = 0 }));

        Assert.Contains("RetainedFiles", error.Message, StringComparison.Ordinal);
    }

    // Quiet keeps these tests' information events off the test run's console.
    private LogOptions Options() => new() { Quiet = true, ErrorRedirected = true, OutputRoot = _out.Path };
}
