using Cleaner.Core.Model;
using Cleaner.Core.Stages;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages;

/// <summary>Runs single stages on a dump written inline, with the shipped rules, without touching the disk.</summary>
internal static class StageInput
{
    public static SourceDocument Document(string text) =>
        new(new InputFile("/dumps/dump.txt", "dump.txt", text.Length, DateTime.UnixEpoch), new string('0', 64), text.ReplaceLineEndings("\n").Split('\n'), "utf-8", []);

    public static SplitResult Split(string text) => new SplitStoriesStage(PipelineRunner.Config).Split(Document(text));

    public static IReadOnlyList<CleanedStory> Clean(string text)
    {
        var clean = new CleanStoryStage(PipelineRunner.Config);
        return Split(text).Stories.Select(clean.Clean).ToList();
    }

    public static CleanedStory CleanSingle(string text) => Assert.Single(Clean(text));

    public static StoryMetadata Describe(string text, DateTimeOffset? referenceTime = null)
    {
        var story = CleanSingle(text);
        var stage = new ExtractMetadataStage(PipelineRunner.Config, referenceTime);
        return stage.Describe(new AttributedStory(story, OutletInfo.Unknown(0, []))).Metadata;
    }

    /// <summary>The role the clean stage gave the first line of the story whose trimmed text is <paramref name="text"/>.</summary>
    public static LineRole RoleOf(CleanedStory story, string text)
    {
        var lines = story.Draft.Document.Lines;
        for (var i = story.Draft.FirstLine; i < story.Draft.EndLine; i++)
        {
            if (lines[i].Text == text)
            {
                return story.Roles[i - story.Draft.FirstLine];
            }
        }

        throw new InvalidOperationException($"no line '{text}' in the story");
    }

    public static IReadOnlyList<string> ParagraphTexts(CleanedStory story) => story.Paragraphs.Select(p => p.Text).ToList();
}
