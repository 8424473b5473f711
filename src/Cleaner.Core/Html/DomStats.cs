using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>Aggregates of one element's subtree, with excluded subtrees left out.</summary>
internal sealed class NodeInfo
{
    public int Order;
    public int End;
    public int TextChars;
    public int LinkChars;
    public int Commas;
    public int DirectTextChars;
    public int DirectCommas;
    public int Paragraphs;

    /// <summary>Text of the prose paragraphs inside: &lt;p&gt; elements long enough to score and mostly not links.</summary>
    public int ProseChars;
    public bool HasBlockChild;
    public double Score;
    public bool IsCandidate;

    /// <summary>The parent element's aggregates (null at the root), so sums need no lookups.</summary>
    public NodeInfo? Parent;

    public double LinkDensity => TextChars == 0 ? 0 : Math.Min(1.0, (double)LinkChars / TextChars);
}

/// <summary>
/// One pass over the tree that gives every element its text length, link text length, comma count and paragraph count,
/// so scoring and pruning never re-read text. Children are summed into parents by walking the pre-order list backwards.
/// </summary>
internal sealed class DomStats
{
    private const int ProseMinChars = 25;

    private readonly Dictionary<HtmlNode, NodeInfo> _info = new(NodeIdentity.Instance);

    public DomStats(HtmlNode root, IReadOnlySet<HtmlNode> excluded)
    {
        var order = new List<(HtmlNode Node, NodeInfo Info)>();
        var rootInfo = new NodeInfo { Order = 0, End = 0 };
        _info[root] = rootInfo;
        order.Add((root, rootInfo));

        // The walk carries the aggregates of the current node's parent, so counting text needs no lookups.
        var checkExcluded = excluded.Count > 0;
        var enclosing = rootInfo;
        for (var node = root.FirstChild; node is not null; )
        {
            if (!checkExcluded || !excluded.Contains(node))
            {
                if (node.NodeType == HtmlNodeType.Element)
                {
                    var info = new NodeInfo { Order = order.Count, End = order.Count, Parent = enclosing };
                    _info[node] = info;
                    order.Add((node, info));
                    if (node.FirstChild is { } child)
                    {
                        enclosing = info;
                        node = child;
                        continue;
                    }
                }
                else if (node.NodeType == HtmlNodeType.Text)
                {
                    var length = TextMeasure.CollapsedLength(DomText.Raw((HtmlTextNode)node), out var commas);
                    enclosing.TextChars += length;
                    enclosing.Commas += commas;
                    enclosing.DirectTextChars += length;
                    enclosing.DirectCommas += commas;
                }
            }

            // On to the next sibling, climbing out of finished elements (and their aggregates) as needed.
            while (node is not null && node.NextSibling is null)
            {
                node = node.ParentNode;
                if (node == root)
                {
                    node = null;
                    break;
                }

                enclosing = enclosing.Parent!;
            }

            node = node?.NextSibling;
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var (node, info) = order[i];
            var name = node.Name;
            if (name == "a")
            {
                // In-page anchors (tables of contents, heading permalinks) are navigation within the story: a third counts (Readability's weighting).
                info.LinkChars = IsInPageAnchor(node) ? info.TextChars / 3 : info.TextChars;
            }
            else if (name == "p")
            {
                info.Paragraphs++;
                if (info.TextChars >= ProseMinChars && info.LinkChars * 3 < info.TextChars)
                {
                    info.ProseChars = info.TextChars;
                }
            }

            if (info.Parent is { } parentInfo)
            {
                parentInfo.TextChars += info.TextChars;
                parentInfo.LinkChars += info.LinkChars;
                parentInfo.Commas += info.Commas;
                parentInfo.Paragraphs += info.Paragraphs;
                parentInfo.ProseChars += info.ProseChars;
                parentInfo.End = Math.Max(parentInfo.End, info.End);
                if (BlockTags.IsBlock(name))
                {
                    parentInfo.HasBlockChild = true;
                }
            }
        }

        Root = root;
    }

    public HtmlNode Root { get; }

    public NodeInfo? this[HtmlNode node] => _info.GetValueOrDefault(node);

    public bool Contains(HtmlNode node) => _info.ContainsKey(node);

    public IEnumerable<KeyValuePair<HtmlNode, NodeInfo>> All => _info;

    public static bool IsInPageAnchor(HtmlNode link) => link.GetAttributeValue("href", "").TrimStart().StartsWith('#');
}
