using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>Captions found outside the chosen container, split by whether they come before or after it.</summary>
internal sealed record OuterCaptions(IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    public static readonly OuterCaptions None = new([], []);
}

/// <summary>
/// Captions of pictures that belong to the story but sit outside the chosen text container: a lead picture between the
/// headline and the body, or a picture beside the body inside the same &lt;article&gt;. Figures in link boxes, or that are
/// mostly a link themselves, are teasers for other stories and are left alone, as are marked widgets.
/// </summary>
internal sealed class OuterCaptionFinder(HtmlArticleRules rules)
{
    private const double MaxFigureLinkDensity = 0.5;

    public OuterCaptions Find(ContentChoice choice, DomStats stats, IReadOnlySet<HtmlNode> excluded, HtmlNode root, HtmlNode? headline)
    {
        if (stats[choice.Nodes[0]] is not { } firstInfo || stats[choice.Nodes[^1]] is not { } lastInfo)
        {
            return OuterCaptions.None;
        }

        var bodyStart = firstInfo.Order;
        var article = EnclosingArticle(choice.Top, root);
        var articleInfo = article is null ? null : stats[article];
        var headlineOrder = headline is not null && stats[headline] is { } h && h.Order < bodyStart ? h.Order : -1;
        if (articleInfo is null && headlineOrder < 0)
        {
            return OuterCaptions.None;
        }

        // Only the stretch from the headline or the article's start to the end of the body or the article is walked.
        var from = Math.Min(headlineOrder < 0 ? int.MaxValue : headlineOrder, articleInfo?.Order ?? int.MaxValue);
        var to = Math.Max(lastInfo.End, articleInfo?.End ?? 0);
        var before = new List<string>();
        var after = new List<string>();
        for (var node = root.FirstChild; node is not null; )
        {
            if (node.NodeType != HtmlNodeType.Element || excluded.Contains(node) || stats[node] is not { } info || info.End < from)
            {
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            if (info.Order > to)
            {
                break;
            }

            if (IsContent(node, choice) || IsLinkBox(node, info))
            {
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            if (node.Name == "figure")
            {
                var insideArticle = articleInfo is not null && info.Order > articleInfo.Order && info.End <= articleInfo.End;
                var afterHeadline = headlineOrder >= 0 && info.Order > headlineOrder && info.End < bodyStart;
                if ((insideArticle || afterHeadline) && info.LinkDensity <= MaxFigureLinkDensity)
                {
                    AddCaptions(node, excluded, info.Order < bodyStart ? before : after);
                }

                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, root);
        }

        return before.Count == 0 && after.Count == 0 ? OuterCaptions.None : new OuterCaptions(before, after);
    }

    private static HtmlNode? EnclosingArticle(HtmlNode node, HtmlNode root)
    {
        for (var current = node; current is not null; current = current.ParentNode)
        {
            if (current.Name == "article")
            {
                return current;
            }

            if (current == root)
            {
                break;
            }
        }

        return null;
    }

    private static bool IsContent(HtmlNode node, ContentChoice choice)
    {
        foreach (var content in choice.Nodes)
        {
            if (content == node)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLinkBox(HtmlNode node, NodeInfo info) =>
        node.Name is "div" or "section" or "ul" or "ol" or "aside" or "nav"
        && info.TextChars > 0 && info.LinkDensity > rules.MaxContainerLinkDensity;

    private static void AddCaptions(HtmlNode figure, IReadOnlySet<HtmlNode> excluded, List<string> captions)
    {
        foreach (var inner in DomWalk.Descendants(figure))
        {
            if (inner.NodeType == HtmlNodeType.Element && inner.Name == "figcaption" && !excluded.Contains(inner)
                && DomText.Of(inner, excluded) is { Length: > 0 and < ElementTriage.MaxCaptionChars } caption && !captions.Contains(caption))
            {
                captions.Add(caption);
            }
        }
    }
}
