using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Aggregates for the few elements that pruning and marking ask about (chrome, boxes with a class hint), measured one
/// subtree at a time instead of in a pass over the whole page. An element's figures depend only on its own subtree, so
/// they equal those of a whole-page <see cref="DomStats"/>; a subtree measured once also answers for everything inside it.
/// </summary>
internal sealed class SubtreeStats(HtmlNode root)
{
    private static readonly IReadOnlySet<HtmlNode> NoneExcluded = NodeIdentity.NewSet();

    private readonly List<DomStats> _measured = [];
    private int? _totalTextChars;

    /// <summary>The visible text length of the whole page below the root.</summary>
    public int TotalTextChars => _totalTextChars ??= MeasureText(root);

    public NodeInfo Of(HtmlNode node)
    {
        foreach (var stats in _measured)
        {
            if (stats[node] is { } known)
            {
                return known;
            }
        }

        var measured = new DomStats(node, NoneExcluded);
        _measured.Add(measured);
        return measured[node]!;
    }

    private static int MeasureText(HtmlNode root)
    {
        var total = 0;
        for (var node = root.FirstChild; node is not null; node = DomWalk.Next(node, root))
        {
            if (node.NodeType == HtmlNodeType.Text)
            {
                total += TextMeasure.CollapsedLength(DomText.Raw((HtmlTextNode)node), out _);
            }
        }

        return total;
    }
}
