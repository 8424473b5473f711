namespace Cleaner.Core.Model;

/// <summary>A story whose lines all have a role: text paragraphs, fields to fill, and removed boilerplate.</summary>
public sealed record CleanedStory(
    StoryDraft Draft,
    IReadOnlyList<LineRole> Roles,
    string? Title,
    IReadOnlyList<AnalyzedLine> Paragraphs,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AnalyzedLine> MetadataLines,
    string? DatelineLine,
    IReadOnlyDictionary<string, int> Removed)
{
    public SourceDocument Source => Draft.Document.Source;

    /// <summary>A byline printed on the headline's own line ("… By JANE ROE, AP Sports Writer"), cut from the title.</summary>
    public string? TitleByline { get; init; }

    /// <summary>The story's own lines, as read.</summary>
    public IEnumerable<string> Lines()
    {
        for (var i = Draft.FirstLine; i < Draft.EndLine; i++)
        {
            yield return Draft.Document.Lines[i].Raw;
        }
    }
}

/// <summary>A cleaned story with its outlet.</summary>
public sealed record AttributedStory(CleanedStory Story, OutletInfo Outlet);

/// <summary>Fields read from a story's metadata lines and text.</summary>
public sealed record StoryMetadata(
    string? Title,
    string? Published,
    string? Updated,
    IReadOnlyList<string> Authors,
    string? Dateline,
    string? Language);

/// <summary>A story with every field known, ready to be assembled into its document.</summary>
public sealed record DescribedStory(CleanedStory Story, OutletInfo Outlet, StoryMetadata Metadata);
