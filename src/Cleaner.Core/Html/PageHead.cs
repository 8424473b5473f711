using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>The raw metadata sources of a page, gathered in one walk before anything is removed.</summary>
internal sealed class PageHead
{
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];
    private static readonly string[] DublinCorePrefixes = ["dc:", "dcterm:", "dcterms:"];

    private readonly Dictionary<string, List<string>> _meta = new(StringComparer.Ordinal);

    public List<string> JsonLd { get; } = [];
    public string? DocumentTitle { get; private set; }
    public string? Canonical { get; private set; }
    public string? HtmlLang { get; private set; }
    public List<HtmlNode> H1 { get; } = [];

    public static PageHead Read(HtmlNode root)
    {
        var head = new PageHead();
        for (var node = root.FirstChild; node is not null; node = DomWalk.Next(node, root))
        {
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            switch (node.Name)
            {
                case "meta":
                    head.AddMeta(node);
                    break;
                case "script" when node.GetAttributeValue("type", "").Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase):
                    head.JsonLd.Add(node.InnerHtml);
                    break;
                case "title" when head.DocumentTitle is null && DomWalk.Ancestor(node, n => n.Name is "svg" or "body") is null:
                    head.DocumentTitle = NullIfEmpty(DomText.Of(node));
                    break;
                case "link" when head.Canonical is null && node.GetAttributeValue("rel", "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase):
                    head.Canonical = NullIfEmpty(DomText.Decode(node.GetAttributeValue("href", "")).Trim());
                    break;
                case "html" when head.HtmlLang is null:
                    head.HtmlLang = NullIfEmpty(node.GetAttributeValue("lang", "").Trim()) ?? NullIfEmpty(node.GetAttributeValue("xml:lang", "").Trim());
                    break;
                case "h1":
                    head.H1.Add(node);
                    break;
            }
        }

        return head;
    }

    /// <summary>The first non-empty value among <paramref name="keys"/>, in key order.</summary>
    public string? First(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (_meta.TryGetValue(NormalizeKey(key), out var values) && values.FirstOrDefault(v => v.Length > 0) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(string key) => _meta.TryGetValue(NormalizeKey(key), out var values) ? values : [];

    /// <summary>"DC:Title", "dc:title" and "dc.title" are the same key.</summary>
    public static string NormalizeKey(string key)
    {
        var lower = key.Trim().ToLowerInvariant();
        foreach (var prefix in DublinCorePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return string.Concat(prefix.AsSpan(0, prefix.Length - 1), ".", lower.AsSpan(prefix.Length));
            }
        }

        return lower;
    }

    private void AddMeta(HtmlNode node)
    {
        var content = node.GetAttributeValue("content", null!) ?? node.GetAttributeValue("value", null!);
        if (content is null)
        {
            return;
        }

        content = DomText.Collapse(DomText.Decode(content));
        foreach (var attribute in KeyAttributes)
        {
            var keys = node.GetAttributeValue(attribute, "");
            foreach (var key in keys.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var normalized = NormalizeKey(key);
                if (!_meta.TryGetValue(normalized, out var list))
                {
                    _meta[normalized] = list = [];
                }

                list.Add(content);
            }
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
