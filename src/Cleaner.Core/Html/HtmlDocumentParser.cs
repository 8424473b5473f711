using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Parses text with HtmlAgilityPack under a nesting limit. The parser itself loops, but HtmlAgilityPack recurses in
/// other places, so a page of tens of thousands of unclosed tags is refused with a reason instead of risking the stack.
/// </summary>
internal sealed class HtmlDocumentParser(HtmlLimits limits)
{
    public HtmlDocument? Parse(string text, out string? rejection)
    {
        rejection = null;
        var document = new HtmlDocument
        {
            OptionMaxNestedChildNodes = limits.MaxNestingDepth,
            OptionFixNestedTags = true,
            OptionAutoCloseOnEnd = true,
            OptionCheckSyntax = false,
            OptionUseIdAttribute = false,
        };
        try
        {
            document.LoadHtml(text);
            return document;
        }
        catch (Exception e) when (e.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            rejection = $"markup nests deeper than {limits.MaxNestingDepth} elements (unclosed tags): {e.Message}";
            return null;
        }
    }
}
