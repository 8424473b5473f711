using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Marks elements whose class or id says they are not content (share bars, related boxes, comments, ads), without
/// removing them, so extraction can be retried without these marks when they took the article with them
/// (the retry idea is Readability's FLAG_STRIP_UNLIKELYS).
/// </summary>
internal sealed class UnlikelyMarker(ClassHints hints)
{
    /// <summary>
    /// Block elements only: an inline link or span with a class like "tag" or "share" sits inside a sentence, and
    /// dropping it would cut the sentence.
    /// </summary>
    public HashSet<HtmlNode> Mark(HtmlNode root, SubtreeStats stats)
    {
        var marked = NodeIdentity.NewSet();
        for (var node = root.FirstChild; node is not null; )
        {
            // The prose is measured only for elements whose class already says "unlikely".
            var mark = node.NodeType == HtmlNodeType.Element
                       && node.Name is not ("html" or "body" or "article" or "main" or "p" or "h1")
                       && BlockTags.IsBlock(node.Name)
                       && HintTokens.Of(node) is var tokens
                       && hints.IsUnlikely(tokens)
                       && hints.IsUnlikely(tokens, stats.Of(node).ProseChars)
                       && !hints.IsArticleBody(node);
            if (mark)
            {
                marked.Add(node);
            }

            node = DomWalk.Next(node, root, skipChildren: mark);
        }

        return marked;
    }
}
