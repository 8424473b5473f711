using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Scores containers by the paragraphs they hold. The scheme is Mozilla Readability's: each paragraph of at least
/// <see cref="HtmlScoring.MinParagraphChars"/> characters is worth 1 + its commas + a point per 100 characters (at most 3),
/// added in full to its parent, half to its grandparent and a falling share further up; every container starts from a
/// tag-based base and its class/id weight, and the total is scaled by the share of its text that is not link text.
/// Added on top: a bonus for article/main/articleBody containers and a penalty for containers that end before the headline
/// (content follows the headline; what comes before it is navigation and teasers).
/// </summary>
internal sealed class CandidateScorer(HtmlScoring scoring, ClassHints hints)
{
    public List<(HtmlNode Node, double Score)> Score(DomStats stats, HtmlNode root, HtmlNode? headline)
    {
        var touched = new List<HtmlNode>();
        foreach (var (node, info) in stats.All)
        {
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (IsParagraph(node, info))
            {
                if (info.TextChars >= scoring.MinParagraphChars)
                {
                    Propagate(node.ParentNode, ParagraphScore(info.TextChars, info.Commas), stats, root, touched);
                }
            }
            else if (node.Name == "li" && !info.HasBlockChild && info.TextChars - info.LinkChars >= scoring.MinParagraphChars)
            {
                // List-heavy posts have prose in list items; only the unlinked text counts, so link lists score nothing.
                Propagate(node.ParentNode, ParagraphScore(info.TextChars - info.LinkChars, info.Commas), stats, root, touched);
            }
            else if (info.HasBlockChild && info.DirectTextChars >= scoring.MinParagraphChars && node.Name is "div" or "section" or "article" or "main" or "td")
            {
                // Loose text between blocks counts as a paragraph of this container (Readability wraps it in <p>).
                Propagate(node, ParagraphScore(info.DirectTextChars, info.DirectCommas), stats, root, touched);
            }
        }

        var headlineOrder = headline is not null && stats[headline] is { } h ? h.Order : -1;
        var result = new List<(HtmlNode, double)>(touched.Count);
        foreach (var node in touched)
        {
            var info = stats[node]!;
            var score = info.Score * (1 - info.LinkDensity);
            if (IsSemantic(node))
            {
                score *= scoring.SemanticBoost;
            }

            if (headlineOrder >= 0 && info.End < headlineOrder)
            {
                score *= scoring.BeforeHeadlinePenalty;
            }

            info.Score = score;
            result.Add((node, score));
        }

        result.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return result;
    }

    public bool IsSemantic(HtmlNode node) =>
        node.Name is "article" or "main"
        || node.GetAttributeValue("role", "") == "main"
        || hints.IsArticleBody(node);

    private static bool IsParagraph(HtmlNode node, NodeInfo info) =>
        node.Name is "p" or "pre" || (node.Name is "td" or "div" or "section" && !info.HasBlockChild);

    private double ParagraphScore(int chars, int commas) =>
        1 + commas + Math.Min(chars / scoring.CharsPerPoint, scoring.MaxLengthPoints);

    private void Propagate(HtmlNode? start, double score, DomStats stats, HtmlNode root, List<HtmlNode> touched)
    {
        var level = 0;
        for (var node = start; node is not null && level < scoring.PropagationLevels; node = node.ParentNode, level++)
        {
            if (stats[node] is not { } info)
            {
                break;
            }

            if (!info.IsCandidate)
            {
                info.IsCandidate = true;
                info.Score = BaseScore(node);
                touched.Add(node);
            }

            info.Score += level switch
            {
                0 => score,
                1 => score / 2,
                _ => score / (level * 3),
            };
            if (node == root)
            {
                break;
            }
        }
    }

    private double BaseScore(HtmlNode node)
    {
        var tagScore = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + scoring.ClassWeight * hints.Weight(HintTokens.Of(node));
    }
}
