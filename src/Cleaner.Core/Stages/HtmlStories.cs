using Cleaner.Core.Html;
using Cleaner.Core.Model;

namespace Cleaner.Core.Stages;

/// <summary>
/// The HTML side of the split and clean stages: the HTML reader already found the articles and their text,
/// so each article becomes one story whose lines are its headline and blocks, captions kept apart.
/// </summary>
internal static class HtmlStories
{
    public static List<StoryDraft> Drafts(AnalyzedDocument document, HtmlPage page)
    {
        var drafts = new List<StoryDraft>();
        var line = 0;
        for (var k = 0; k < page.Articles.Count; k++)
        {
            var article = page.Articles[k];
            var end = line + 1 + article.Blocks.Count;
            drafts.Add(new StoryDraft(document, k + 1, page.Articles.Count, line, end, line) { Article = article });
            line = end;
        }

        return drafts;
    }

    public static CleanedStory Clean(StoryDraft draft, ExtractedArticle article)
    {
        var lines = draft.Document.Lines;
        var roles = new LineRole[draft.EndLine - draft.FirstLine];
        var paragraphs = new List<AnalyzedLine>();
        roles[0] = LineRole.Title;
        for (var i = draft.FirstLine + 1; i < draft.EndLine; i++)
        {
            roles[i - draft.FirstLine] = LineRole.Body;
            paragraphs.Add(lines[i]);
        }

        var title = article.Title ?? draft.Document.Source.Html?.Metadata.Title;
        var removed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (article.Captions.Count > 0)
        {
            removed[LineRoles.KindName(LineRole.Caption)] = article.Captions.Count;
        }

        return new CleanedStory(draft, roles, title, paragraphs, [], article.Captions, [], [], null, removed);
    }
}
