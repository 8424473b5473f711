using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cleaner.Core.Pipeline;

namespace Cleaner.Core.Output;

/// <summary>
/// The run report, <c>&lt;out&gt;/_runs/&lt;timestamp&gt;.json</c>: every input with its outcome, the counts,
/// the duration and the rules hash. Run ids and times live here, never inside story documents.
/// </summary>
public static class RunReportFile
{
    public const string Folder = "_runs";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(string outputRoot, RunSummary summary, RunContext context)
    {
        var stamp = context.Started.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetFullPath(outputRoot), Folder, $"{stamp}.json");
        var document = new
        {
            started = context.Started,
            finished = context.Started + summary.Elapsed,
            durationSeconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            rulesHash = context.RulesHash,
            inputs = context.Inputs,
            exitCode = context.ExitCode,
            stopped = context.StoppedReason,
            counts = new
            {
                inputs = summary.Inputs.Count,
                stories = summary.Stories,
                noStoryFound = summary.NoStory,
                skippedUnchanged = summary.Skipped,
                failed = summary.Failed,
                bytesRead = summary.Bytes,
            },
            removed = summary.Removed,
            outcomes = summary.Inputs,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, JsonSerializer.Serialize(document, Json) + "\n");
        return path;
    }
}

/// <summary>What the report says about the run itself.</summary>
public sealed record RunContext(DateTimeOffset Started, string RulesHash, IReadOnlyList<string> Inputs, int ExitCode, string? StoppedReason);

/// <summary>
/// <c>&lt;out&gt;/_quarantine/index.json</c>: the inputs that currently fail, with their reasons and since when.
/// Inputs are never moved or modified; an input leaves the index on the first run that processes it cleanly.
/// </summary>
public static class QuarantineIndex
{
    public const string Folder = "_quarantine";
    public const string FileName = "index.json";

    public static IReadOnlyList<QuarantinedInput> Update(string outputRoot, RunSummary summary, DateTimeOffset now)
    {
        var path = Path.Combine(Path.GetFullPath(outputRoot), Folder, FileName);
        var entries = Load(path).ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var input in summary.Inputs)
        {
            if (input.Outcome == OutcomeKind.Failed)
            {
                var since = entries.TryGetValue(input.Path, out var existing) ? existing.Since : now;
                entries[input.Path] = new QuarantinedInput(input.Path, input.Reasons, since, now);
            }
            else if (input.Outcome is OutcomeKind.Stories or OutcomeKind.NoStoryFound)
            {
                entries.Remove(input.Path);
            }
        }

        var list = entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        if (list.Count > 0 || File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, JsonSerializer.Serialize(new { inputs = list }, RunReportFile.Json) + "\n");
        }

        return list;
    }

    private static IReadOnlyList<QuarantinedInput> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("inputs").Deserialize<List<QuarantinedInput>>(RunReportFile.Json) ?? [];
        }
        catch (JsonException)
        {
            // A damaged index is rebuilt from this run's failures rather than stopping the run.
            return [];
        }
    }
}

public sealed record QuarantinedInput(string Path, IReadOnlyList<string> Reasons, DateTimeOffset Since, DateTimeOffset LastFailed);
