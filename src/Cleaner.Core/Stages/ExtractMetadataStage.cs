using System.Text.RegularExpressions;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Lines;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// Reads the fields of a cleaned story: dates from its header's date lines (never from the page chrome above
/// the headline, where a site prints today's date), authors from bylines, the dateline from a city line or the
/// first paragraph's "CITY:" opening, and the language from the text.
/// </summary>
public sealed partial class ExtractMetadataStage(CleanerConfig config, DateTimeOffset? referenceTime)
{
    private readonly RuleSet _rules = config.Rules;
    private readonly LanguageGuesser _language = new(config.Languages);

    [GeneratedRegex(@"\s*(?:,|&|\band\b)\s*")]
    private static partial Regex AuthorSeparator();

    public DescribedStory Describe(AttributedStory attributed)
    {
        var story = attributed.Story;
        if (story.Draft.Article is { } article && story.Source.Html is { } page)
        {
            return new DescribedStory(story, attributed.Outlet, FromHtml(story, article, page.Metadata));
        }

        string? published = null, updated = null, bylinePlace = null;
        var credits = new List<string>();
        foreach (var part in story.MetadataLines.SelectMany(line => line.Parts))
        {
            switch (part.Cue)
            {
                case LineCue.PublishedDate or LineCue.BareDate:
                    published ??= DateParser.Parse(part.Value, referenceTime);
                    break;
                case LineCue.UpdatedDate:
                    updated ??= DateParser.Parse(part.Value, referenceTime);
                    break;
                case LineCue.Byline:
                    credits.Add(part.Value);
                    break;
                case LineCue.BylinePlace:
                    bylinePlace ??= part.Value;
                    break;
            }
        }

        if (credits.Count == 0 && story.TitleByline is { } titleByline)
        {
            credits.Add(titleByline);
        }

        var authors = Authors(credits);
        var (inlinePlace, inlineDate) = InlineDateline(story.Paragraphs);

        // A dateline that carries a full date ("UTRECHT, Netherlands, March 18, 2019 (AFP) –") dates the story;
        // a date the scraper printed in front of the page dates the first story when nothing else does.
        published ??= inlineDate is null ? null : DateParser.Parse(inlineDate);
        published ??= story.Draft.Number == 1 ? PageDate(story.Draft.Document) : null;

        var dateline = story.DatelineLine ?? inlinePlace ?? bylinePlace;
        var language = _language.Guess(story.Paragraphs.Select(p => p.Text));
        return new DescribedStory(story, attributed.Outlet, new StoryMetadata(story.Title, published, updated, authors, dateline, language));
    }

    /// <summary>
    /// An HTML article's fields come from its own markup first, then from the page's metadata (JSON-LD,
    /// OpenGraph, meta tags); the text only supplies what markup never says (the dateline) or as a last resort
    /// (the language).
    /// </summary>
    private StoryMetadata FromHtml(CleanedStory story, Html.ExtractedArticle article, Html.PageMetadata meta)
    {
        var published = Iso(article.Published ?? meta.Published);
        var updated = Iso(article.Modified ?? meta.Modified);
        var authors = Authors(article.Authors.Count > 0 ? article.Authors : meta.Authors);

        var language = meta.Language is { Length: >= 2 } lang && char.IsAsciiLetter(lang[0]) && char.IsAsciiLetter(lang[1])
            ? lang[..2].ToLowerInvariant()
            : _language.Guess(story.Paragraphs.Select(p => p.Text));
        return new StoryMetadata(story.Title, published, updated, authors, InlineDateline(story.Paragraphs).Place, language);
    }

    private string? Iso(string? date) => date is null ? null : DateParser.Parse(date, referenceTime);

    private static string? PageDate(AnalyzedDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.PrefixDate is { } date)
            {
                return DateParser.Parse(date);
            }

            if (!line.IsBlank)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The people a story's bylines name, each once. A job title or agency credited beside a person, on the same
    /// byline or on another ("Ruth Abernathy, Staff Writer", "By Press Association" over "By Jamie Harris"), is an
    /// affiliation, not another author; when the bylines name no person ("By Staff Reporter", "By PTI") it is the
    /// only credit the page gives, and is kept.
    /// </summary>
    private List<string> Authors(IEnumerable<string> bylines)
    {
        var pieces = new List<string>();
        foreach (var name in bylines.SelectMany(byline => AuthorSeparator().Split(byline)))
        {
            var trimmed = name.Trim().TrimEnd('.', '|').Trim();
            if (trimmed.Length > 1 && !pieces.Contains(trimmed, StringComparer.Ordinal))
            {
                pieces.Add(trimmed);
            }
        }

        var people = pieces.FindAll(piece => !IsAffiliation(piece));
        return people.Count > 0 ? people : pieces;
    }

    private bool IsAffiliation(string piece)
    {
        if (_rules.BylineRole.Matches(LineText.Key(piece), piece))
        {
            return true;
        }

        foreach (var source in _rules.SourceLines)
        {
            if (source.IsMatch(piece))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place, and the date when one is printed, of the dateline that opens the text: on its first paragraph, or
    /// on the first one after a few short lines left above it ("Read a summary of this article", a lone label).
    /// </summary>
    private (string? Place, string? Date) InlineDateline(IReadOnlyList<AnalyzedLine> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(DatelineSearchParagraphs))
        {
            if (_rules.DatelineOf(paragraph.Text) is { } m)
            {
                // An agency-only opening ("(CBS DETROIT) - …") names no place.
                var place = m.Groups["place"].Value.Trim();
                var date = m.Groups["date"].Value.Trim();
                return (place.Length > 0 ? place : null, date.Length > 0 ? date : null);
            }

            if (paragraph.Words >= LineShape.ParagraphMinWords)
            {
                break;
            }
        }

        return (null, null);
    }

    // The text's opening is its first paragraph of LineShape.ParagraphMinWords or more; shorter lines above it are looked past.
    private const int DatelineSearchParagraphs = 3;
}
