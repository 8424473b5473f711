using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Fixtures;

/// <summary>
/// Every folder under fixtures/ holds input dumps and <c>expected.jsonl</c>: the story documents the pipeline
/// emitted when the case was last reviewed, one per line. Any change to the output fails the case by name,
/// story and field. Set CLEANER_UPDATE_GOLDEN=1 to rewrite the files, then review the diff in git.
/// </summary>
public sealed class GoldenFixtureTests
{
    public const string ExpectedFile = "expected.jsonl";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(RepoPaths.Fixtures).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_output_matches_its_reviewed_golden_file(string caseName)
    {
        var folder = Path.Combine(RepoPaths.Fixtures, caseName);
        var actual = PipelineRunner.Run(folder).Stories.Select(StoryJson.ToLine).ToList();
        var expectedPath = Path.Combine(folder, ExpectedFile);

        if (Environment.GetEnvironmentVariable("CLEANER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, string.Concat(actual.Select(line => line + "\n")));
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{caseName}: {ExpectedFile} is missing (run with CLEANER_UPDATE_GOLDEN=1 and review it)");
        var expected = File.ReadAllLines(expectedPath).Where(l => l.Length > 0).ToList();
        Assert.True(expected.Count == actual.Count, $"{caseName}: expected {expected.Count} stories, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] != actual[i])
            {
                Assert.Fail($"{caseName}: story {i + 1} differs: {GoldenDiff.Describe(StoryJson.Parse(expected[i])!, StoryJson.Parse(actual[i])!)}");
            }
        }
    }
}

internal static class GoldenDiff
{
    public static string Describe(StoryDocument expected, StoryDocument actual)
    {
        var fields = new (string Name, object? Expected, object? Actual)[]
        {
            ("title", expected.Title, actual.Title),
            ("outlet", expected.Outlet.Id, actual.Outlet.Id),
            ("published", expected.Published, actual.Published),
            ("updated", expected.Updated, actual.Updated),
            ("dateline", expected.Dateline, actual.Dateline),
            ("authors", string.Join(" | ", expected.Authors), string.Join(" | ", actual.Authors)),
            ("summary", string.Join(" | ", expected.Summary), string.Join(" | ", actual.Summary)),
            ("captions", string.Join(" | ", expected.Captions), string.Join(" | ", actual.Captions)),
            ("tags", string.Join(" | ", expected.Tags), string.Join(" | ", actual.Tags)),
            ("text", expected.Text, actual.Text),
            ("removed", string.Join(",", expected.Removed.Select(kv => $"{kv.Key}={kv.Value}")), string.Join(",", actual.Removed.Select(kv => $"{kv.Key}={kv.Value}"))),
            ("source.lines", string.Join("-", expected.Source.Lines), string.Join("-", actual.Source.Lines)),
        };
        var differing = fields.Where(f => !Equals(f.Expected, f.Actual)).ToList();
        if (differing.Count == 0)
        {
            return "serialized form differs (id, language, word count or outlet evidence)";
        }

        return string.Join("; ", differing.Select(f => $"{f.Name}: expected «{Clip(f.Expected)}» got «{Clip(f.Actual)}»"));
    }

    private static string Clip(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
