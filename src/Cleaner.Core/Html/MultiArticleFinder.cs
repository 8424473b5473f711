using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Finds pages that hold several full stories (saved infinite-scroll pages): two or more outermost &lt;article&gt; elements,
/// each with its own heading and a substantial body of paragraph text. Teaser cards also use &lt;article&gt;, so a short
/// one never counts, and a single long one means an ordinary article page.
/// </summary>
internal sealed class MultiArticleFinder(HtmlArticleRules rules)
{
    private const double MaxLinkDensity = 0.3;
    private const int AverageWordChars = 6;

    public List<HtmlNode> Find(HtmlNode root, DomStats stats, IReadOnlySet<HtmlNode> excluded)
    {
        var stories = new List<HtmlNode>();
        for (var node = root.FirstChild; node is not null; )
        {
            if (node.NodeType == HtmlNodeType.Element && excluded.Contains(node))
            {
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name == "article")
            {
                if (IsStory(node, stats))
                {
                    stories.Add(node);
                }

                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, root);
        }

        return stories.Count >= 2 ? stories : [];
    }

    private bool IsStory(HtmlNode article, DomStats stats)
    {
        if (stats[article] is not { } info || info.LinkDensity > MaxLinkDensity)
        {
            return false;
        }

        var paragraphChars = 0;
        var hasHeading = false;
        foreach (var node in DomWalk.Descendants(article))
        {
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (node.Name is "h1" or "h2" or "h3")
            {
                hasHeading = true;
            }
            else if (node.Name == "p" && stats[node] is { } p)
            {
                paragraphChars += p.TextChars - p.LinkChars;
            }
        }

        return hasHeading && paragraphChars >= rules.MultiArticleMinWords * AverageWordChars;
    }
}
