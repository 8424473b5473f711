using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>What becomes of an element met inside the article container.</summary>
internal enum Triage
{
    /// <summary>Walk into it and collect its text.</summary>
    Keep,

    /// <summary>The headline: it is the title, not a block.</summary>
    Headline,

    /// <summary>A figure caption or photo credit: its text goes to the captions list.</summary>
    Caption,

    /// <summary>A byline: read for names, kept out of the text.</summary>
    Byline,

    /// <summary>A headline that is mostly a link: a teaser for another story.</summary>
    TeaserHeading,

    /// <summary>A box made mostly of links (related stories, tag lists): skipped, its headings counted as teasers.</summary>
    LinkBox,

    /// <summary>A widget by class or id (share bar, newsletter box, ad slot): skipped.</summary>
    Widget,
}

/// <summary>
/// Decides, element by element inside the chosen container, what is text and what is not. The widget rules are
/// Readability's conditional cleaning in simplified form (link density, negative class weight); captions and bylines are
/// set aside rather than dropped. Elements holding half the article or marked as the article body are always kept.
/// </summary>
internal sealed class ElementTriage(ClassHints hints, HtmlArticleRules rules, HtmlMetadataRules metadata)
{
    public const int MaxCaptionChars = 600;
    private const double MaxTeaserHeadingLinkDensity = 0.5;
    private const double MaxNegativeBoxLinkDensity = 0.25;

    public Triage Judge(HtmlNode node, NodeInfo info, int articleChars, HtmlNode? headline)
    {
        if (node == headline)
        {
            return Triage.Headline;
        }

        var tokens = HintTokens.Of(node);
        var large = articleChars > 0 && info.TextChars >= articleChars * 0.5;
        if (node.Name is "figcaption" || (!large && info.TextChars < MaxCaptionChars && hints.Caption.Matches(tokens) && !hints.Byline.Matches(tokens)))
        {
            return Triage.Caption;
        }

        if (!large && info.TextChars <= metadata.MaxBylineChars && IsByline(node, tokens))
        {
            return Triage.Byline;
        }

        if (large || hints.IsArticleBody(node))
        {
            return Triage.Keep;
        }

        if (BlockTags.IsHeading(node.Name) && info.TextChars > 0 && info.LinkDensity > MaxTeaserHeadingLinkDensity)
        {
            return Triage.TeaserHeading;
        }

        // Inline elements stay: a link or a span styled "tag" or "share" inside a sentence is still part of the sentence.
        if (!BlockTags.IsBlock(node.Name))
        {
            return Triage.Keep;
        }

        if (hints.IsUnlikely(tokens, info.ProseChars))
        {
            return Triage.Widget;
        }

        if (node.Name is "div" or "section" or "ul" or "ol" or "table" or "aside" or "header" or "footer" or "form" or "nav" or "dl")
        {
            if (info.TextChars > 0 && info.LinkDensity > rules.MaxContainerLinkDensity)
            {
                return Triage.LinkBox;
            }

            if (hints.Weight(tokens) < 0 && info.LinkDensity > MaxNegativeBoxLinkDensity)
            {
                return Triage.Widget;
            }
        }

        return Triage.Keep;
    }

    private bool IsByline(HtmlNode node, HintTokens tokens) =>
        node.GetAttributeValue("rel", "") == "author"
        || node.GetAttributeValue("itemprop", "").Contains("author", StringComparison.OrdinalIgnoreCase)
        || (node.Name is not ("p" or "li" or "h1" or "h2") && hints.Byline.Matches(tokens));
}
