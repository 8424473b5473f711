using Cleaner.Core.Rules;
using Cleaner.Core.Text;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Reads one HTML file into page metadata and zero or more extracted articles. Thread-safe: all per-page state lives in
/// the call, and the reader holds only compiled, read-only rules.
/// </summary>
public sealed class HtmlPageReader
{
    private readonly HtmlOptions _options;
    private readonly HtmlDecoder _decoder;
    private readonly HtmlDocumentParser _parser;
    private readonly MetadataReader _metadata;
    private readonly PagePruner _pruner;
    private readonly UnlikelyMarker _marker;
    private readonly MultiArticleFinder _multi;
    private readonly ArticleExtractor _extractor;
    private readonly VisibleMetadata _visible;

    /// <param name="options">The html.json options.</param>
    /// <param name="lineRules">The compiled boilerplate line rules (share prompts, "read more", copyright); null to skip them.</param>
    public HtmlPageReader(HtmlOptions options, RuleSet? lineRules = null)
    {
        _options = options;
        var hints = new ClassHints(options.Hints, options.Scoring.UnlikelyMaxProseChars);
        _decoder = new HtmlDecoder(options.Limits);
        _parser = new HtmlDocumentParser(options.Limits);
        _metadata = new MetadataReader(options.Metadata);
        _pruner = new PagePruner(options.Pruning);
        _marker = new UnlikelyMarker(hints);
        _multi = new MultiArticleFinder(options.Articles);
        _extractor = new ArticleExtractor(options, hints, lineRules);
        _visible = new VisibleMetadata(hints, options.Metadata, lineRules);
    }

    /// <summary>A reader with the shipped html.json and boilerplate rules.</summary>
    public static HtmlPageReader CreateDefault() => new(HtmlOptionsLoader.LoadDefault(), CleanerConfig.LoadDefault().Rules);

    public HtmlPage Read(byte[] bytes, string fileName) => Read(new ArraySegment<byte>(bytes), fileName);

    /// <param name="bytes">The file's bytes; a slice of a pooled buffer is fine, as the page keeps no reference to them.</param>
    /// <param name="fileName">The file name, for messages and the .gz check.</param>
    public HtmlPage Read(ArraySegment<byte> bytes, string fileName)
    {
        var decoded = _decoder.Decode(bytes, fileName);
        var warnings = new List<string>(decoded.Warnings);
        if (decoded.Text is null)
        {
            return Rejected(decoded.Rejection!, warnings, null);
        }

        var document = _parser.Parse(decoded.Text, out var rejection);
        if (document is null)
        {
            return Rejected(rejection!, warnings, decoded.Encoding);
        }

        var head = PageHead.Read(document.DocumentNode);
        var metadata = _metadata.Read(head, warnings);
        var root = FindBody(document) ?? document.DocumentNode;
        _pruner.RemoveJunk(document.DocumentNode);
        metadata = WithVisibleFacts(metadata, root, Headline(head, metadata.Title, document.DocumentNode));
        // Chrome and class-hinted boxes are both judged by their text before anything is removed (chrome holds little
        // prose, so removing it would barely change what marking reads); marks inside removed chrome are then dropped.
        var unpruned = new SubtreeStats(root);
        var excluded = _marker.Mark(root, unpruned);
        _pruner.RemoveChrome(root, unpruned);
        excluded.RemoveWhere(node => !DomWalk.IsInside(node, root));
        var headline = Headline(head, metadata.Title, document.DocumentNode);

        var stats = new DomStats(root, excluded);
        var stories = _multi.Find(root, stats, excluded);
        var articles = stories.Count > 0
            ? ExtractSeveral(stories, excluded, metadata)
            : ExtractOne(root, stats, excluded, headline, metadata, warnings, out rejection);

        if (articles.Count == 0)
        {
            return new HtmlPage
            {
                Status = HtmlPageStatus.NoArticle, Metadata = metadata, NoArticleReason = rejection, Warnings = warnings, Encoding = decoded.Encoding,
            };
        }

        return new HtmlPage { Status = HtmlPageStatus.Articles, Metadata = metadata, Articles = articles, Warnings = warnings, Encoding = decoded.Encoding };
    }

    private List<ExtractedArticle> ExtractOne(HtmlNode root, DomStats stats, HashSet<HtmlNode> excluded, HtmlNode? headline, PageMetadata metadata, List<string> warnings, out string? reason)
    {
        reason = null;
        var attempt = _extractor.Extract(root, excluded, headline, metadata.Title, metadata.JsonLdArticleBody, stats);
        var rules = _options.Articles;
        var teasers = attempt.Content.LinkedHeadings;
        if (teasers >= rules.IndexMinTeasers && attempt.Words < teasers * rules.IndexMaxWordsPerTeaser)
        {
            reason = $"index page: {teasers} teaser headlines and only {attempt.Words} words of text, no dominant story";
            return [];
        }

        if (attempt.Words >= rules.MinArticleWords)
        {
            return [Article(attempt, metadata.Title, metadata, fallBackToPage: true)];
        }

        if (metadata.JsonLdArticleBody is { } body && WordUnits.Count(body) >= rules.ArticleBodyFallbackWords)
        {
            warnings.Add("the page markup holds no article text; the text is JSON-LD articleBody");
            var blocks = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => new TextBlock(BlockKind.Paragraph, DomText.Collapse(p)))
                .ToList();
            return [Article(attempt with { Blocks = blocks }, metadata.Title, metadata, fallBackToPage: true) with { Source = "json-ld" }];
        }

        reason = attempt.Words == 0
            ? "no article: the page has no running text"
            : $"no article: only {attempt.Words} words of running text (at least {rules.MinArticleWords} needed)";
        return [];
    }

    private List<ExtractedArticle> ExtractSeveral(List<HtmlNode> stories, HashSet<HtmlNode> excluded, PageMetadata metadata)
    {
        var articles = new List<ExtractedArticle>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var heading = DomWalk.Descendants(story).FirstOrDefault(n => n.NodeType == HtmlNodeType.Element && n.Name is "h1" or "h2" or "h3");
            var title = heading is null ? null : DomText.Of(heading);
            if (i == 0 && title is not null && metadata.Title is not null && TitleCleaner.Key(metadata.Title).Contains(TitleCleaner.Key(title), StringComparison.Ordinal))
            {
                title = metadata.Title;
            }

            var attempt = _extractor.Extract(story, excluded, heading, title, i == 0 ? metadata.JsonLdArticleBody : null);
            if (attempt.Words >= _options.Articles.MinArticleWords)
            {
                articles.Add(Article(attempt, title, metadata, fallBackToPage: i == 0));
            }
        }

        return articles;
    }

    /// <summary>Fills authors and the publication date from the visible page when the metadata has none.</summary>
    private PageMetadata WithVisibleFacts(PageMetadata metadata, HtmlNode root, HtmlNode? headline)
    {
        if (metadata.Authors.Count > 0 && metadata.Published is not null)
        {
            return metadata;
        }

        var (bylines, date) = _visible.Find(root, headline);
        return metadata with
        {
            Authors = metadata.Authors.Count > 0 ? metadata.Authors : _visible.Authors(bylines),
            Published = metadata.Published ?? date,
        };
    }

    private ExtractedArticle Article(ExtractionAttempt attempt, string? title, PageMetadata metadata, bool fallBackToPage)
    {
        var visibleAuthors = _visible.Authors(attempt.Content.Bylines);
        return new ExtractedArticle
        {
            Title = title,
            Blocks = attempt.Blocks,
            Captions = attempt.Content.Captions,
            Authors = fallBackToPage && metadata.Authors.Count > 0 ? metadata.Authors : visibleAuthors,
            Published = (fallBackToPage ? metadata.Published : null) ?? attempt.Content.Dates.FirstOrDefault(),
            Modified = fallBackToPage ? metadata.Modified : null,
        };
    }

    /// <summary>The h1 that carries the headline: the one matching the title, else the only one.</summary>
    private static HtmlNode? Headline(PageHead head, string? title, HtmlNode documentNode)
    {
        var attached = head.H1.Where(h => DomWalk.IsInside(h, documentNode)).ToList();
        if (title is not null)
        {
            var key = TitleCleaner.Key(title);
            var match = attached.FirstOrDefault(h => TitleCleaner.Key(DomText.Of(h)) is { Length: > 0 } k && (k == key || key.Contains(k, StringComparison.Ordinal) || k.Contains(key, StringComparison.Ordinal)));
            if (match is not null)
            {
                return match;
            }
        }

        return attached.Count == 1 ? attached[0] : null;
    }

    private static HtmlNode? FindBody(HtmlDocument document)
    {
        foreach (var node in DomWalk.Descendants(document.DocumentNode))
        {
            if (node.NodeType == HtmlNodeType.Element && node.Name == "body")
            {
                return node;
            }
        }

        return null;
    }

    private static HtmlPage Rejected(string reason, List<string> warnings, string? encoding) => new()
    {
        Status = HtmlPageStatus.Rejected, Metadata = PageMetadata.Empty, NoArticleReason = reason, Warnings = warnings, Encoding = encoding,
    };
}
