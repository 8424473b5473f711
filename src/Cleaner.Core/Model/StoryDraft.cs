namespace Cleaner.Core.Model;

/// <summary>A decoded input with its lines analyzed once, shared by every story cut from it.</summary>
public sealed class AnalyzedDocument(SourceDocument source, IReadOnlyList<AnalyzedLine> lines)
{
    public SourceDocument Source { get; } = source;

    public IReadOnlyList<AnalyzedLine> Lines { get; } = lines;
}

/// <summary>
/// One story cut from a dump: lines [<see cref="FirstLine"/>, <see cref="EndLine"/>) (0-based),
/// the headline line when one was found, and its place among the dump's stories.
/// </summary>
public sealed record StoryDraft(AnalyzedDocument Document, int Number, int Of, int FirstLine, int EndLine, int? TitleLine)
{
    /// <summary>For a story from an HTML page: the article the HTML reader extracted; its lines are the article's blocks.</summary>
    public Html.ExtractedArticle? Article { get; init; }
}

/// <summary>What the split stage made of one input: its stories, or none, with the page chrome around them.</summary>
public sealed record SplitResult(AnalyzedDocument Document, IReadOnlyList<StoryDraft> Stories, IReadOnlyDictionary<string, int> ChromeRemoved);
