using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Node sets and maps keyed by identity, hashed by the node's position in the source text. The default object hash has
/// to be created and stored in each node's header on first use, which costs more than the rest of a lookup; the position
/// is already there and differs between nodes of one page (a rare tie only shares a bucket, equality stays by reference).
/// </summary>
internal sealed class NodeIdentity : IEqualityComparer<HtmlNode>
{
    public static readonly NodeIdentity Instance = new();

    public static HashSet<HtmlNode> NewSet() => new(Instance);

    public bool Equals(HtmlNode? x, HtmlNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(HtmlNode node) => node.StreamPosition;
}
