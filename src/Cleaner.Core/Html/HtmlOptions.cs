namespace Cleaner.Core.Html;

/// <summary>
/// Limits, class/id hint words and thresholds of the HTML reader, from <c>pipeline-config/html.json</c>.
/// Lists default to empty and numbers to the shipped values; the shipped file sets every key.
/// </summary>
public sealed record HtmlOptions
{
    public HtmlLimits Limits { get; init; } = new();
    public HtmlPruning Pruning { get; init; } = new();
    public HtmlHints Hints { get; init; } = new();
    public HtmlMetadataRules Metadata { get; init; } = new();
    public HtmlScoring Scoring { get; init; } = new();
    public HtmlArticleRules Articles { get; init; } = new();
}

/// <summary>What the reader refuses before parsing, so a hostile or broken file fails with a reason instead of a crash.</summary>
public sealed record HtmlLimits
{
    /// <summary>Largest page, after gzip decompression, that is parsed at all.</summary>
    public long MaxInputBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Deeper element nesting is refused: the parser and every tree walk stay far from stack limits.</summary>
    public int MaxNestingDepth { get; init; } = 2500;

    /// <summary>Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary.</summary>
    public double MaxControlCharShare { get; init; } = 0.01;

    /// <summary>How many leading bytes are searched for a &lt;meta&gt; charset declaration.</summary>
    public int CharsetPrescanBytes { get; init; } = 16384;
}

/// <summary>Elements removed before any scoring.</summary>
public sealed record HtmlPruning
{
    /// <summary>Never content: removed with everything inside.</summary>
    public IReadOnlyList<string> RemovedTags { get; init; } = [];

    /// <summary>Page chrome by element name (nav, aside, footer); <c>header</c> is handled separately because articles have headers too.</summary>
    public IReadOnlyList<string> BoilerplateTags { get; init; } = [];

    /// <summary>ARIA roles that mark page chrome.</summary>
    public IReadOnlyList<string> BoilerplateRoles { get; init; } = [];

    /// <summary>A form holding at least this many paragraphs is a page wrapper (ASP.NET), not a widget, and is kept.</summary>
    public int FormWrapperMinParagraphs { get; init; } = 3;
}

/// <summary>
/// Class and id words. A class or id is split into tokens at '-', '_', spaces and camelCase humps; a hint word matches a token
/// that equals it, or that is the word plus one of <see cref="Suffixes"/> ("comment" matches "comments", "ad" matches "adslot",
/// but "share" does not match "shared"). Hints holding a '-' match the whole lowercased class or id as a substring ("most-read").
/// </summary>
public sealed record HtmlHints
{
    /// <summary>Endings a token may add to a hint word and still match it.</summary>
    public IReadOnlyList<string> Suffixes { get; init; } = [];

    /// <summary>Raise a candidate's score (Readability's positive weight).</summary>
    public IReadOnlyList<string> Positive { get; init; } = [];

    /// <summary>Lower a candidate's score (Readability's negative weight).</summary>
    public IReadOnlyList<string> Negative { get; init; } = [];

    /// <summary>Removed before scoring unless a <see cref="Rescue"/> word is also present; skipped inside the article too.</summary>
    public IReadOnlyList<string> Unlikely { get; init; } = [];

    /// <summary>
    /// <see cref="Unlikely"/> words that mark an element even when it holds a lot of prose (comment threads, sidebars, recirculation);
    /// other unlikely elements with <see cref="HtmlScoring.UnlikelyMaxProseChars"/> or more of prose are kept, since a share
    /// bar or a newsletter box never holds paragraphs of text but an id like "sharing-with-a-team" on a section can.
    /// </summary>
    public IReadOnlyList<string> UnlikelyEvenWithProse { get; init; } = [];

    /// <summary>Words that save an element from <see cref="Unlikely"/> removal.</summary>
    public IReadOnlyList<string> Rescue { get; init; } = [];

    /// <summary>Caption and photo-credit containers: their text goes to the captions list.</summary>
    public IReadOnlyList<string> Caption { get; init; } = [];

    /// <summary>Byline containers: read as authors, kept out of the text.</summary>
    public IReadOnlyList<string> Byline { get; init; } = [];

    /// <summary>Containers of the article body proper (itemprop=articleBody and the like) that get a score bonus.</summary>
    public IReadOnlyList<string> ArticleBody { get; init; } = [];
}

public sealed record HtmlMetadataRules
{
    /// <summary>schema.org types read as the article in JSON-LD.</summary>
    public IReadOnlyList<string> JsonLdArticleTypes { get; init; } = [];

    /// <summary>Meta names/properties, best first, per field.</summary>
    public IReadOnlyList<string> TitleKeys { get; init; } = [];
    public IReadOnlyList<string> SiteNameKeys { get; init; } = [];
    public IReadOnlyList<string> DescriptionKeys { get; init; } = [];
    public IReadOnlyList<string> AuthorKeys { get; init; } = [];
    public IReadOnlyList<string> PublishedKeys { get; init; } = [];
    public IReadOnlyList<string> ModifiedKeys { get; init; } = [];
    public IReadOnlyList<string> LanguageKeys { get; init; } = [];
    public IReadOnlyList<string> UrlKeys { get; init; } = [];

    /// <summary>Separators between a headline and the site name in &lt;title&gt;.</summary>
    public IReadOnlyList<string> TitleSeparators { get; init; } = [];

    /// <summary>Longest visible byline, in characters, still read as names.</summary>
    public int MaxBylineChars { get; init; } = 120;
}

/// <summary>Candidate scoring: Readability's paragraph score and propagation, with the weights made explicit.</summary>
public sealed record HtmlScoring
{
    public int MinParagraphChars { get; init; } = 25;
    public int CharsPerPoint { get; init; } = 100;
    public int MaxLengthPoints { get; init; } = 3;
    public double ClassWeight { get; init; } = 25;
    public int PropagationLevels { get; init; } = 5;

    /// <summary>Multiplier for &lt;article&gt;, &lt;main&gt; and article-body containers.</summary>
    public double SemanticBoost { get; init; } = 1.25;

    /// <summary>Multiplier for a candidate that ends before the headline starts.</summary>
    public double BeforeHeadlinePenalty { get; init; } = 0.5;

    /// <summary>Multiplier applied per unit of stopword density above the page's median, jusText-style.</summary>
    public double StopwordWeight { get; init; } = 1.0;

    /// <summary>Siblings of the winner join it when they score this share of the winner.</summary>
    public double SiblingShare { get; init; } = 0.2;

    /// <summary>Word-overlap F1 with JSON-LD articleBody from which the body text decides between candidates.</summary>
    public double ArticleBodyMinF1 { get; init; } = 0.6;

    /// <summary>Prose (characters of real paragraphs) from which an element is kept despite an unlikely class word.</summary>
    public int UnlikelyMaxProseChars { get; init; } = 600;

    /// <summary>How many top candidates are compared against JSON-LD articleBody.</summary>
    public int ArticleBodyCandidates { get; init; } = 20;
}

/// <summary>What counts as an article, what is dropped inside it, and when a page has several.</summary>
public sealed record HtmlArticleRules
{
    /// <summary>Fewer words than this in the chosen content means the page has no article.</summary>
    public int MinArticleWords { get; init; } = 50;

    /// <summary>Extraction is retried without class-hint removal when the first pass yields fewer words.</summary>
    public int RetryBelowWords { get; init; } = 150;

    /// <summary>A container inside the article with more of its text in links than this is a link box and is dropped.</summary>
    public double MaxContainerLinkDensity { get; init; } = 0.5;

    /// <summary>A short block (fewer words than <see cref="ShortBlockWords"/>) with more link text than this is dropped.</summary>
    public double MaxShortBlockLinkDensity { get; init; } = 0.5;

    public int ShortBlockWords { get; init; } = 12;

    /// <summary>Several &lt;article&gt; elements are separate stories when each has a heading and at least this many words.</summary>
    public int MultiArticleMinWords { get; init; } = 120;

    /// <summary>An index page: at least this many linked teaser headings ...</summary>
    public int IndexMinTeasers { get; init; } = 5;

    /// <summary>... and fewer words of text per teaser than this: the text is blurbs, not a story.</summary>
    public int IndexMaxWordsPerTeaser { get; init; } = 60;

    /// <summary>JSON-LD articleBody is used as the text when the page yields nothing and it holds this many words.</summary>
    public int ArticleBodyFallbackWords { get; init; } = 80;
}
