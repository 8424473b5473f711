using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Removes what is never article text: scripts and other non-text elements, hidden elements, and page chrome marked by
/// HTML5 elements and ARIA roles (nav, aside, footer, banner, contentinfo, and headers outside the article).
/// Class/id hints are not applied here; see <see cref="UnlikelyMarker"/>.
/// </summary>
internal sealed class PagePruner(HtmlPruning pruning)
{
    private readonly HashSet<string> _removed = new(pruning.RemovedTags, StringComparer.Ordinal);
    private readonly HashSet<string> _chromeTags = new(pruning.BoilerplateTags, StringComparer.Ordinal);
    private readonly HashSet<string> _chromeRoles = new(pruning.BoilerplateRoles, StringComparer.OrdinalIgnoreCase);

    public void RemoveJunk(HtmlNode root)
    {
        var doomed = new List<HtmlNode>();
        for (var node = root.FirstChild; node is not null; )
        {
            var remove = node.NodeType == HtmlNodeType.Comment
                         || (node.NodeType == HtmlNodeType.Element && (_removed.Contains(node.Name) || IsHidden(node) || IsWidgetForm(node)));
            if (remove)
            {
                doomed.Add(node);
            }

            node = DomWalk.Next(node, root, skipChildren: remove);
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }
    }

    /// <summary>
    /// Chrome removal. An element holding a large share of the page's text is kept whatever it is called:
    /// some sites wrap the whole page in a header or an aside.
    /// </summary>
    public void RemoveChrome(HtmlNode root, SubtreeStats stats)
    {
        var total = Math.Max(1, stats.TotalTextChars);
        var doomed = new List<HtmlNode>();
        for (var node = root.FirstChild; node is not null; )
        {
            var remove = node.NodeType == HtmlNodeType.Element && IsChrome(node) && stats.Of(node).TextChars < total * 0.4;
            if (remove)
            {
                doomed.Add(node);
            }

            node = DomWalk.Next(node, root, skipChildren: remove);
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }
    }

    private bool IsChrome(HtmlNode node)
    {
        if (_chromeTags.Contains(node.Name))
        {
            return true;
        }

        var role = node.GetAttributeValue("role", "");
        if (role.Length > 0 && _chromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        // A header inside an article is the article's own (headline, byline); outside it is the site's masthead.
        return node.Name == "header" && DomWalk.Ancestor(node, a => a.Name is "article" or "main") is null && !HoldsHeadline(node);
    }

    /// <summary>A header with the page's h1 and little else is the article header on pages without &lt;article&gt;.</summary>
    private static bool HoldsHeadline(HtmlNode header) => DomWalk.Elements(header, "h1").Any() && !DomWalk.Elements(header, "nav").Any();

    private static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Contains("hidden") || node.GetAttributeValue("aria-hidden", "") == "true")
        {
            return node.Name is not ("html" or "body");
        }

        var style = node.GetAttributeValue("style", "");
        if (style.Length == 0)
        {
            return false;
        }

        return HidesByStyle(style);
    }

    /// <summary>display:none or visibility:hidden in an inline style, spaces and case ignored.</summary>
    private static bool HidesByStyle(string style)
    {
        // Styles on most elements are short ASCII: compacted on the stack. Anything else takes the general route.
        if (style.Length > 256 || !Ascii.IsValid(style))
        {
            var lowered = style.Replace(" ", "").ToLowerInvariant();
            return lowered.Contains("display:none", StringComparison.Ordinal) || lowered.Contains("visibility:hidden", StringComparison.Ordinal);
        }

        Span<char> compact = stackalloc char[style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                compact[length++] = char.ToLowerInvariant(c);
            }
        }

        var text = compact[..length];
        return text.Contains("display:none", StringComparison.Ordinal) || text.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Forms are sign-ups and search boxes, except the page-wide form of ASP.NET sites, which holds paragraphs.</summary>
    private bool IsWidgetForm(HtmlNode node)
    {
        if (node.Name != "form")
        {
            return false;
        }

        var paragraphs = 0;
        foreach (var p in DomWalk.Elements(node, "p"))
        {
            if (++paragraphs >= pruning.FormWrapperMinParagraphs)
            {
                return false;
            }
        }

        return true;
    }
}
