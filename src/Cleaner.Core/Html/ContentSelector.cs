using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>The chosen article container and the sibling elements that belong with it, in document order.</summary>
internal sealed record ContentChoice(HtmlNode Top, IReadOnlyList<HtmlNode> Nodes);

/// <summary>
/// Picks the article container from scored candidates. From Readability: promote a common ancestor when several top
/// candidates share one, climb to a parent that scores better, and gather siblings that score close to the winner or read
/// like prose. Added: when JSON-LD carries the article body, the candidate whose text matches it best is preferred,
/// because the markup and the publisher's own copy agreeing is stronger evidence than either alone.
/// </summary>
internal sealed class ContentSelector(HtmlScoring scoring, ArticleBodyMatcher bodyMatcher)
{
    public ContentChoice? Choose(List<(HtmlNode Node, double Score)> candidates, DomStats stats, HtmlNode root, string? articleBody, IReadOnlySet<HtmlNode> excluded)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var top = candidates[0].Node;
        top = PromoteSharedAncestor(candidates, top, stats, root);
        top = ClimbToBetterParent(top, stats, root);
        while (top != root && top.ParentNode is { } parent && stats.Contains(parent) && SingleElementChild(parent, excluded))
        {
            top = parent;
        }

        top = ClimbOverSplitSections(top, stats, root);
        if (articleBody is not null)
        {
            top = bodyMatcher.Confirm(top, candidates, stats, root, articleBody, excluded);
        }

        return new ContentChoice(top, WithSiblings(top, stats, root, excluded));
    }

    private static HtmlNode PromoteSharedAncestor(List<(HtmlNode Node, double Score)> candidates, HtmlNode top, DomStats stats, HtmlNode root)
    {
        var topScore = candidates[0].Score;
        var close = candidates.Skip(1).Take(4).Where(c => c.Score >= topScore * 0.75).Select(c => c.Node).ToList();
        if (close.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.ParentNode; ancestor is not null && stats.Contains(ancestor); ancestor = ancestor.ParentNode)
        {
            if (close.Count(c => DomWalk.IsInside(c, ancestor)) >= 3)
            {
                return ancestor;
            }

            if (ancestor == root)
            {
                break;
            }
        }

        return top;
    }

    private static HtmlNode ClimbToBetterParent(HtmlNode top, DomStats stats, HtmlNode root)
    {
        var lastScore = stats[top]!.Score;
        var threshold = lastScore / 3;
        for (var parent = top.ParentNode; parent is not null && top != root && parent.Name != "body" && stats[parent] is { } info; parent = parent.ParentNode)
        {
            if (!info.IsCandidate)
            {
                if (parent == root)
                {
                    break;
                }

                continue;
            }

            if (info.Score < threshold)
            {
                break;
            }

            if (info.Score > lastScore)
            {
                return parent;
            }

            lastScore = info.Score;
            if (parent == root)
            {
                break;
            }
        }

        return top;
    }

    /// <summary>
    /// Long stories are often cut into sections by figures and pull quotes, each its own container. An ancestor that adds
    /// a good deal of prose and little else holds the rest of the story, so the choice moves up to it.
    /// </summary>
    private static HtmlNode ClimbOverSplitSections(HtmlNode top, DomStats stats, HtmlNode root)
    {
        const int MaxLevels = 4;
        const double MinProseGain = 0.1;
        const double MinProseShareOfAddedText = 0.6;
        var topInfo = stats[top]!;
        var ancestor = top;
        for (var level = 0; level < MaxLevels && ancestor != root && ancestor.ParentNode is { } parent && stats[parent] is { } info; level++)
        {
            ancestor = parent;
            var addedText = info.TextChars - topInfo.TextChars;
            var addedProse = info.ProseChars - topInfo.ProseChars;
            if (addedProse >= topInfo.ProseChars * MinProseGain && addedProse >= addedText * MinProseShareOfAddedText)
            {
                top = ancestor;
                topInfo = info;
            }
        }

        return top;
    }

    private static bool SingleElementChild(HtmlNode parent, IReadOnlySet<HtmlNode> excluded)
    {
        var elements = 0;
        foreach (var child in parent.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element && !excluded.Contains(child))
            {
                elements++;
            }
            else if (child.NodeType == HtmlNodeType.Text && !string.IsNullOrWhiteSpace(child.InnerText))
            {
                return false;
            }
        }

        return elements == 1;
    }

    private List<HtmlNode> WithSiblings(HtmlNode top, DomStats stats, HtmlNode root, IReadOnlySet<HtmlNode> excluded)
    {
        if (top == root || top.ParentNode is not { } parent)
        {
            return [top];
        }

        var topInfo = stats[top]!;
        var threshold = Math.Max(10, topInfo.Score * scoring.SiblingShare);
        var topClass = top.GetAttributeValue("class", "");
        var nodes = new List<HtmlNode>();
        foreach (var sibling in parent.ChildNodes)
        {
            if (sibling == top)
            {
                nodes.Add(sibling);
                continue;
            }

            if (sibling.NodeType != HtmlNodeType.Element || excluded.Contains(sibling) || stats[sibling] is not { } info)
            {
                continue;
            }

            var bonus = topClass.Length > 0 && sibling.GetAttributeValue("class", "") == topClass ? topInfo.Score * 0.2 : 0;
            var append = info.IsCandidate && info.Score + bonus >= threshold;
            if (!append && sibling.Name == "p")
            {
                var density = info.LinkDensity;
                append = info.TextChars > 80 ? density < 0.25 : info.TextChars > 0 && density == 0 && EndsSentence(sibling);
            }

            if (append)
            {
                nodes.Add(sibling);
            }
        }

        return nodes;
    }

    private static bool EndsSentence(HtmlNode p)
    {
        var text = DomText.Of(p);
        return text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('.');
    }
}
