using Cleaner.Core.Rules;
using Cleaner.Core.Text;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>One extraction of one story from one subtree.</summary>
internal sealed record ExtractionAttempt(List<TextBlock> Blocks, CollectedContent Content, int Words);

/// <summary>
/// Scores, chooses, collects and filters one story below a root (the body, or one &lt;article&gt; of a multi-story page).
/// When the class-hint marks leave too little text, it tries again without them and keeps the longer result.
/// </summary>
internal sealed class ArticleExtractor
{
    private readonly HtmlOptions _options;
    private readonly CandidateScorer _scorer;
    private readonly ContentSelector _selector;
    private readonly BlockCollector _collector;
    private readonly BlockFilter _filter;
    private readonly OuterCaptionFinder _outerCaptions;

    public ArticleExtractor(HtmlOptions options, ClassHints hints, RuleSet? lines)
    {
        _options = options;
        _scorer = new CandidateScorer(options.Scoring, hints);
        _selector = new ContentSelector(options.Scoring, new ArticleBodyMatcher(options.Scoring));
        _collector = new BlockCollector(hints, options.Articles, options.Metadata);
        _filter = new BlockFilter(options.Articles, lines);
        _outerCaptions = new OuterCaptionFinder(options.Articles);
    }

    /// <param name="root">Where the story is looked for.</param>
    /// <param name="excluded">Elements marked unlikely by class hints.</param>
    /// <param name="headline">The headline element, when known.</param>
    /// <param name="title">The story's title, to drop its repetition from the text.</param>
    /// <param name="articleBody">JSON-LD articleBody, to confirm the container.</param>
    /// <param name="stats">Aggregates already computed for <paramref name="root"/> with <paramref name="excluded"/>, to save a pass.</param>
    public ExtractionAttempt Extract(HtmlNode root, IReadOnlySet<HtmlNode> excluded, HtmlNode? headline, string? title, string? articleBody, DomStats? stats = null)
    {
        var first = ExtractOnce(root, excluded, headline, title, articleBody, stats);
        if (first.Words >= _options.Articles.RetryBelowWords || excluded.Count == 0)
        {
            return first;
        }

        var second = ExtractOnce(root, NodeIdentity.NewSet(), headline, title, articleBody, null);
        return second.Words > first.Words ? second : first;
    }

    private ExtractionAttempt ExtractOnce(HtmlNode root, IReadOnlySet<HtmlNode> excluded, HtmlNode? headline, string? title, string? articleBody, DomStats? known)
    {
        var stats = known ?? new DomStats(root, excluded);
        var candidates = _scorer.Score(stats, root, headline);
        var choice = _selector.Choose(candidates, stats, root, articleBody, excluded) ?? new ContentChoice(root, [root]);
        var content = _collector.Collect(choice.Nodes, stats, excluded, choice.Top, headline);
        content.AddOuterCaptions(_outerCaptions.Find(choice, stats, excluded, root, headline));
        var headlineOrder = headline is not null && stats[headline] is { } h ? h.Order : -1;
        var (blocks, words) = _filter.Filter(content.Blocks, title, headlineOrder);
        return new ExtractionAttempt(blocks, content, words);
    }
}
