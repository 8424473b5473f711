using System.Text.Json;
using Cleaner.Core.Evaluation;
using Cleaner.Core.Model;

namespace Cleaner.Tests.Evaluation;

/// <summary>Small stories and on-disk folders for evaluation tests.</summary>
internal static class EvaluationSamples
{
    public const string FirstText = "Turkey and the United States want to remove obstacles to defence cooperation.\n\nThe talks lasted two days.";
    public const string SecondText = "Medical charity workers were killed near Rafah on Sunday, the group said in a statement.";
    public const string ThirdText = "The central bank left its main interest rate unchanged at the end of a two day meeting.";
    public const string UnrelatedText = "Subscribe to our newsletter for the latest headlines delivered every morning.";

    private static readonly JsonSerializerOptions StoryJsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static EvaluatedStory Story(string title, string text) =>
        new(title, "arab-news", "2025-03-26", null, "ANKARA", ["Reuters"], ["A summary line"], [], ["Turkey"], text);

    /// <summary>A full cleaner.story/1 document, serialized the way the pipeline emits it.</summary>
    public static string StoryDocumentJson(string sourcePath, int story, int of, EvaluatedStory content, string schema = StoryDocument.SchemaName)
    {
        var document = new StoryDocument(
            Id: $"{sourcePath}#{story}",
            Schema: schema,
            Outlet: new OutletInfo(content.OutletId, "Arab News", "arabnews.com", 0.9, ["domain"]),
            Title: content.Title,
            Summary: content.Summary,
            Authors: content.Authors,
            Dateline: content.Dateline,
            Published: content.Published,
            Updated: content.Updated,
            Language: "en",
            Text: content.Text,
            Captions: content.Captions,
            Tags: content.Tags,
            WordCount: 10,
            Source: new StorySource(sourcePath, "00", "text", story, of, [1, 9]),
            Removed: new Dictionary<string, int> { ["menu"] = 2 });
        return JsonSerializer.Serialize(document, StoryJsonOptions);
    }

    public static string GoldFileJson(string source, params EvaluatedStory[] stories) =>
        JsonSerializer.Serialize(
            new
            {
                source,
                stories = stories.Select(s => new
                {
                    title = s.Title,
                    outlet = new { id = s.OutletId, name = "Arab News", domain = "arabnews.com" },
                    published = s.Published,
                    updated = s.Updated,
                    dateline = s.Dateline,
                    authors = s.Authors,
                    summary = s.Summary,
                    captions = s.Captions,
                    tags = s.Tags,
                    text = s.Text,
                }),
            },
            StoryJsonOptions);

    /// <summary>Single-line form of a story document, for JSON Lines files.</summary>
    public static string OneLine(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cleaner-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Folder(string relativePath) => Directory.CreateDirectory(System.IO.Path.Combine(Path, relativePath)).FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
