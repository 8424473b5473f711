using System.Text.Json;
using Cleaner.Cli.Logging;
using Cleaner.Tests.Support;
using Serilog.Events;
using Serilog.Parsing;

namespace Cleaner.Tests.Cli.Logging;

public sealed class CompactJsonFormatterTests
{
    private readonly LogCapture _log = new();

    [Fact]
    public void An_information_event_has_time_template_rendered_message_and_properties_but_no_level()
    {
        _log.Logger.Information("{Input}: {Stories} stories in {Seconds:F1} s", "2025/a.txt", 3, 1.26);

        using var json = FormatOnly();
        var root = json.RootElement;

        var time = root.GetProperty("@t").GetString()!;
        Assert.EndsWith("Z", time, StringComparison.Ordinal);
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(time, null, System.Globalization.DateTimeStyles.RoundtripKind).Kind);
        Assert.Equal("{Input}: {Stories} stories in {Seconds:F1} s", root.GetProperty("@mt").GetString());
        Assert.Equal("2025/a.txt: 3 stories in 1.3 s", root.GetProperty("@m").GetString());
        Assert.False(root.TryGetProperty("@l", out _));
        Assert.False(root.TryGetProperty("@x", out _));
        Assert.Equal("2025/a.txt", root.GetProperty("Input").GetString());
        Assert.Equal(3, root.GetProperty("Stories").GetInt32());
        Assert.Equal(1.26, root.GetProperty("Seconds").GetDouble());
    }

    [Fact]
    public void Other_levels_and_exceptions_are_included()
    {
        _log.Logger.Warning(new IOException("disk \"full\""), "Writing {Output} failed", "/out/x.json");

        using var json = FormatOnly();
        var root = json.RootElement;

        Assert.Equal("Warning", root.GetProperty("@l").GetString());
        var exception = root.GetProperty("@x").GetString()!;
        Assert.StartsWith("System.IO.IOException: disk \"full\"", exception, StringComparison.Ordinal);
        Assert.Equal("/out/x.json", root.GetProperty("Output").GetString());
    }

    [Fact]
    public void Quotes_newlines_control_characters_and_non_ascii_survive_on_one_line()
    {
        const string title = "He said \"stop\"\n\tthen left \\ again\u0001";
        const string place = "Zürich · 東京 · Αθήνα · 🚀";
        _log.Logger.Error("Title \"{Title}\"\nfrom {Place}", title, place);

        var line = FormatLine(_log.Events.Single());
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(title, root.GetProperty("Title").GetString());
        Assert.Equal(place, root.GetProperty("Place").GetString());
        Assert.Equal("Title \"{Title}\"\nfrom {Place}", root.GetProperty("@mt").GetString());
        Assert.Equal($"Title \"{title}\"\nfrom {place}", root.GetProperty("@m").GetString());
        Assert.Contains("Zürich", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_values_become_json_objects_and_arrays()
    {
        _log.Logger.Information("Removed {@Removed} from {Inputs}", new { Share = 5, Tags = 7 }, new[] { "a.txt", "b.txt" });

        using var json = FormatOnly();
        var root = json.RootElement;

        Assert.Equal(5, root.GetProperty("Removed").GetProperty("Share").GetInt32());
        Assert.Equal(["a.txt", "b.txt"], root.GetProperty("Inputs").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_property_name_starting_with_at_cannot_pass_for_a_reserved_field()
    {
        var template = new MessageTemplateParser().Parse("plain");
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, template,
            [new LogEventProperty("@l", new ScalarValue("fake"))]);

        using var json = JsonDocument.Parse(FormatLine(logEvent));

        Assert.False(json.RootElement.TryGetProperty("@l", out _));
        Assert.Equal("fake", json.RootElement.GetProperty("@@l").GetString());
        Assert.Equal("1970-01-01T00:00:00.0000000Z", json.RootElement.GetProperty("@t").GetString());
    }

    private JsonDocument FormatOnly() => JsonDocument.Parse(FormatLine(_log.Events.Single()));

    private static string FormatLine(LogEvent logEvent)
    {
        var output = new StringWriter();
        new CompactJsonFormatter().Format(logEvent, output);
        return output.ToString();
    }
}
