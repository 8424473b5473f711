using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Tree walks without recursion: the next node is found through child and sibling links, so depth costs no stack.
/// (HtmlAgilityPack's own Descendants() and InnerText recurse, and are avoided on untrusted trees.)
/// </summary>
internal static class DomWalk
{
    /// <summary>The node after <paramref name="node"/> in document order within <paramref name="root"/>; null at the end.</summary>
    public static HtmlNode? Next(HtmlNode node, HtmlNode root, bool skipChildren = false)
    {
        if (!skipChildren && node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current != root && current is not null; current = current.ParentNode)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Every node below <paramref name="root"/> (not the root itself), in document order.</summary>
    public static IEnumerable<HtmlNode> Descendants(HtmlNode root)
    {
        for (var node = root.FirstChild is null ? null : root.FirstChild; node is not null; node = Next(node, root))
        {
            yield return node;
        }
    }

    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string name)
    {
        foreach (var node in Descendants(root))
        {
            if (node.NodeType == HtmlNodeType.Element && node.Name == name)
            {
                yield return node;
            }
        }
    }

    public static bool IsInside(HtmlNode node, HtmlNode ancestor)
    {
        for (var current = node; current is not null; current = current.ParentNode)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    public static HtmlNode? Ancestor(HtmlNode node, Func<HtmlNode, bool> test)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (test(current))
            {
                return current;
            }
        }

        return null;
    }
}
