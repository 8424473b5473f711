namespace Cleaner.Core.Html;

/// <summary>Which element names break text into separate blocks, and which hold a block of their own.</summary>
internal static class BlockTags
{
    // A switch on the name compiles to length and character tests, cheaper than hashing the name on every call.
    public static bool IsBlock(string name) => name switch
    {
        "address" or "article" or "aside" or "blockquote" or "body" or "center" or "dd" or "details" or "dialog" or "dir" or "div"
            or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5"
            or "h6" or "header" or "hgroup" or "hr" or "html" or "li" or "main" or "menu" or "nav" or "ol" or "p" or "pre"
            or "section" or "summary" or "table" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" or "ul" or "caption"
            or "picture" or "img" or "video" or "audio" or "noscript" or "legend" => true,
        _ => false,
    };

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
