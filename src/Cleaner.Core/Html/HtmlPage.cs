using Cleaner.Core.Text;

namespace Cleaner.Core.Html;

public enum HtmlPageStatus
{
    /// <summary>One or more articles were extracted.</summary>
    Articles,

    /// <summary>The page was read but holds no article (index page, empty page, error page); see <see cref="HtmlPage.NoArticleReason"/>.</summary>
    NoArticle,

    /// <summary>The bytes could not be read as HTML at all (binary, too large, nested too deep); see <see cref="HtmlPage.NoArticleReason"/>.</summary>
    Rejected,
}

/// <summary>What the reader made of one HTML file.</summary>
public sealed record HtmlPage
{
    public required HtmlPageStatus Status { get; init; }

    public required PageMetadata Metadata { get; init; }

    /// <summary>The articles in page order; empty unless <see cref="Status"/> is <see cref="HtmlPageStatus.Articles"/>.</summary>
    public IReadOnlyList<ExtractedArticle> Articles { get; init; } = [];

    /// <summary>Why there is no article (set for <see cref="HtmlPageStatus.NoArticle"/> and <see cref="HtmlPageStatus.Rejected"/>).</summary>
    public string? NoArticleReason { get; init; }

    /// <summary>Things worth logging that did not stop extraction (charset fallback, unreadable JSON-LD, text taken from JSON-LD).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The character encoding the bytes were decoded with (null when rejected before decoding).</summary>
    public string? Encoding { get; init; }
}

/// <summary>Page-level facts from JSON-LD, meta tags, &lt;title&gt;, &lt;html lang&gt; and the canonical link.</summary>
public sealed record PageMetadata
{
    public static readonly PageMetadata Empty = new();

    /// <summary>The headline, with a trailing " | Site" removed when it names the site.</summary>
    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>As found in the page (usually ISO 8601); not reinterpreted.</summary>
    public string? Published { get; init; }

    public string? Modified { get; init; }

    /// <summary>The language tag as declared (&lt;html lang&gt;, then meta and JSON-LD), e.g. "en-us".</summary>
    public string? Language { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>Host of the canonical or og:url address, lowercase, without a leading "www.".</summary>
    public string? Host { get; init; }

    /// <summary>JSON-LD articleBody when present: a hint for choosing the content, never copied blindly.</summary>
    public string? JsonLdArticleBody { get; init; }
}

/// <summary>One story found on the page.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }

    /// <summary>Headings, paragraphs, list items, quotes and table rows in document order.</summary>
    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    /// <summary>Figure captions and photo credits, kept out of <see cref="Blocks"/>.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Published { get; init; }

    public string? Modified { get; init; }

    /// <summary>Where the text came from: "dom" for the page markup, "json-ld" for JSON-LD articleBody.</summary>
    public string Source { get; init; } = "dom";

    /// <summary>The blocks joined by a blank line.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text));

    public int WordCount => Blocks.Sum(b => LineText.CountWords(b.Text));
}

public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Quote,
    TableRow,
}

/// <summary>One block of article text. Inline markup is flattened; a &lt;br&gt; inside a block becomes a newline.</summary>
public sealed record TextBlock(BlockKind Kind, string Text);
