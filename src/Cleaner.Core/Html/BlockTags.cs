namespace Cleaner.Core.Html;

/// <summary>Which element names break text into separate blocks, and which hold a block of their own.</summary>
internal static class BlockTags
{
    private static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "caption", "picture", "img", "video", "audio", "noscript", "legend",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static bool IsBlock(string name) => Block.Contains(name);

    public static bool IsHeading(string name) => Headings.Contains(name);
}
