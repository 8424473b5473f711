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
                title is null ? null : SameTitle(title, page.Metadata.Title),
                byline is null ? null : SameByline(byline, authors),
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

    /// <summary>
    /// Equal, or equal once the expected title's " | Site" tail is dropped: Readability keeps the site name in the title,
    /// Cleaner removes it on purpose.
    /// </summary>
    private static bool SameTitle(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        var key = Key(actual);
        if (Key(expected) == key)
        {
            return true;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " · ", " :: ", "_", " [" })
        {
            var cut = expected.IndexOf(separator, StringComparison.Ordinal);
            while (cut > 0)
            {
                if (Key(expected[..cut]) == key)
                {
                    return true;
                }

                cut = expected.IndexOf(separator, cut + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Readability's byline is the visible line ("By Jane Doe March 25, 2015"); the names must be in it, or it in them.</summary>
    private static bool SameByline(string expected, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return false;
        }

        var want = Key(StripBy(expected));
        var got = Key(string.Join(" ", authors));
        return got.Length >= 3 && (want == got || want.Contains(got, StringComparison.Ordinal) || got.Contains(want, StringComparison.Ordinal));
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
