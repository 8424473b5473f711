using System.Security.Cryptography;
using System.Text;
using Cleaner.Core.Model;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// Builds the story document. The id hashes the source bytes, the story's place in the dump and its title,
/// so the same input and rules give the same id on every run and machine.
/// </summary>
public sealed class AssembleStoryStage
{
    public StoryDocument Assemble(DescribedStory described)
    {
        var story = described.Story;
        var draft = story.Draft;
        var meta = described.Metadata;
        var text = string.Join("\n\n", story.Paragraphs.Select(ParagraphText));
        var (firstLine, lastLine) = story.Source.FileLines(draft.FirstLine, LastNonBlank(draft));
        var source = new StorySource(
            story.Source.Input.RelativePath,
            story.Source.Sha256,
            SourceFormats.Name(story.Source.Input.Format),
            draft.Number,
            draft.Of,
            [firstLine, lastLine]);

        return new StoryDocument(
            StoryId(story.Source.Sha256, draft.Number, meta.Title),
            StoryDocument.SchemaName,
            described.Outlet,
            meta.Title ?? "",
            story.Summary,
            meta.Authors,
            meta.Dateline,
            meta.Published,
            meta.Updated,
            meta.Language,
            text,
            story.Captions,
            story.Tags,
            // A paragraph's words are its line's words: bullets and separators hold none.
            story.Paragraphs.Sum(paragraph => paragraph.Words),
            source,
            story.Removed);
    }

    /// <summary>
    /// A paragraph as printed, bullet and all; a scraper's date prefix ("date 2023-09-07 …") is not the page's
    /// text and is left out.
    /// </summary>
    private static string ParagraphText(AnalyzedLine paragraph) => paragraph.PrefixDate is null ? paragraph.Raw.Trim() : paragraph.Text;

    public static string StoryId(string sourceSha256, int number, string? title)
    {
        var bytes = Encoding.UTF8.GetBytes($"{sourceSha256}#{number}#{title}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    private static int LastNonBlank(StoryDraft draft)
    {
        var last = draft.EndLine - 1;
        while (last > draft.FirstLine && draft.Document.Lines[last].IsBlank)
        {
            last--;
        }

        return last;
    }
}
