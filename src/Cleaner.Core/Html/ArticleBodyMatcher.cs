using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Uses JSON-LD <c>articleBody</c> as a second opinion on the chosen container: among the best candidates and their
/// close ancestors, the one whose words overlap the body best is taken when the overlap is convincing. The body text is
/// never emitted from here; a truncated or stale articleBody simply fails the threshold and changes nothing.
/// </summary>
internal sealed class ArticleBodyMatcher(HtmlScoring scoring)
{
    private const int MinBodyWords = 30;
    private const double GoodEnough = 0.8;
    private const double MinGain = 0.05;

    public HtmlNode Confirm(HtmlNode top, List<(HtmlNode Node, double Score)> candidates, DomStats stats, HtmlNode root, string articleBody, IReadOnlySet<HtmlNode> excluded)
    {
        var body = new WordBag(articleBody);
        if (body.Total < MinBodyWords)
        {
            return top;
        }

        var topF1 = new WordBag(DomText.Of(top, excluded)).F1(body);
        if (topF1 >= GoodEnough)
        {
            return top;
        }

        var seen = new HashSet<HtmlNode>(NodeIdentity.Instance) { top };
        var best = (Node: top, F1: topF1);
        foreach (var (candidate, _) in candidates.Take(scoring.ArticleBodyCandidates))
        {
            var node = candidate;
            for (var level = 0; level < 3 && node is not null && stats.Contains(node); level++, node = node == root ? null : node.ParentNode)
            {
                if (!seen.Add(node))
                {
                    continue;
                }

                var f1 = new WordBag(DomText.Of(node, excluded)).F1(body);
                if (f1 > best.F1)
                {
                    best = (node, f1);
                }
            }
        }

        return best.F1 >= scoring.ArticleBodyMinF1 && best.F1 > topF1 + MinGain ? best.Node : top;
    }
}
