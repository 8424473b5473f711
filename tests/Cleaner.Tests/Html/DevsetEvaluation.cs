using System.Text.Json;
using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

/// <summary>One devset page: Readability's expected text and metadata against what the reader produced.</summary>
public sealed record DevsetPageResult(
    string Name, double Precision, double Recall, bool HasOutput, bool? TitleMatch, bool? BylineMatch, bool? LangMatch, string Actual, HtmlPage Page);

/// <summary>Scores the reader on the Readability test pages (read in place from shared/devset/readability).</summary>
public static class DevsetEvaluation
{
    public static List<DevsetPageResult> Run(HtmlPageReader reader, string folder)
    {
        var results = new List<DevsetPageResult>();
        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            if (!File.Exists(source))
            {
                continue;
            }

            var page = reader.Read(File.ReadAllBytes(source), "source.html");
            var actual = string.Join("\n\n", page.Articles.Select(a => a.Text));
            var expected = File.ReadAllText(Path.Combine(dir, "expected.txt"));
            var (p, r, has) = ShingleMetric.Score(expected, actual);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected-metadata.json")));
            var title = Expected(meta, "title");
            var byline = Expected(meta, "byline");
            var lang = Expected(meta, "lang");
            var authors = page.Articles.FirstOrDefault()?.Authors ?? page.Metadata.Authors;
            results.Add(new DevsetPageResult(
                Path.GetFileName(dir), p, r, has,
                title is null ? null : Same(title, page.Metadata.Title),
                byline is null ? null : Same(StripBy(byline), authors.Count == 0 ? null : string.Join(", ", authors)),
                lang is null ? null : string.Equals(lang, page.Metadata.Language, StringComparison.OrdinalIgnoreCase),
                actual, page));
        }

        return results;
    }

    public static (double Precision, double Recall, double F1) Means(IReadOnlyList<DevsetPageResult> results)
    {
        var withOutput = results.Where(r => r.HasOutput).ToList();
        var precision = withOutput.Count == 0 ? 0 : withOutput.Average(r => r.Precision);
        var recall = results.Count == 0 ? 0 : results.Average(r => r.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public static double Rate(IEnumerable<bool?> matches)
    {
        var known = matches.Where(m => m.HasValue).ToList();
        return known.Count == 0 ? 0 : (double)known.Count(m => m!.Value) / known.Count;
    }

    private static string? Expected(JsonDocument document, string name) =>
        document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string StripBy(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..] : trimmed;
    }

    private static bool Same(string expected, string? actual) =>
        actual is not null && Key(expected) == Key(actual);

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
