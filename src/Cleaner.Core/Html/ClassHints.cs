using System.Buffers;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>One list of hint words compiled for matching against class/id tokens, without allocating per element.</summary>
internal sealed class HintSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _tokens;
    private readonly SearchValues<string>? _substrings;

    /// <param name="words">The hint words.</param>
    /// <param name="suffixes">Endings a token may add to a word ("s", "bar", "box"); each word is expanded once here.</param>
    public HintSet(IReadOnlyList<string> words, IReadOnlyList<string> suffixes)
    {
        var simple = words.Where(w => !IsCompound(w)).ToList();
        var tokens = new HashSet<string>(simple.Concat(simple.SelectMany(w => suffixes.Select(s => w + s))), StringComparer.OrdinalIgnoreCase);
        _tokens = tokens.GetAlternateLookup<ReadOnlySpan<char>>();

        // "most-read" also appears as "most_read".
        var substrings = words.Where(IsCompound).SelectMany(w => new[] { w.Replace('_', '-'), w.Replace('-', '_') }).Distinct().ToArray();
        _substrings = substrings.Length == 0 ? null : SearchValues.Create(substrings, StringComparison.OrdinalIgnoreCase);
    }

    public bool Matches(HintTokens tokens) => !tokens.IsEmpty && (MatchesIn(tokens.Class) || MatchesIn(tokens.Id));

    private bool MatchesIn(string raw)
    {
        if (raw.Length == 0)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            var end = i == raw.Length || !char.IsLetterOrDigit(raw[i]);
            var hump = !end && i > start && char.IsUpper(raw[i]) && char.IsLower(raw[i - 1]);
            if (end || hump)
            {
                if (i > start && _tokens.Contains(raw.AsSpan(start, i - start)))
                {
                    return true;
                }

                start = end ? i + 1 : i;
            }
        }

        // All compound hints are looked for in one scan.
        return _substrings is not null && raw.AsSpan().ContainsAny(_substrings);
    }

    private static bool IsCompound(string word) => word.Contains('-') || word.Contains('_');
}

/// <summary>
/// The class and id of an element. Both are split into tokens at '-', '_', spaces and camelCase humps when matched,
/// so "relatedArticles" and "related-articles" both hold "related".
/// </summary>
internal readonly record struct HintTokens(string Class, string Id)
{
    public static readonly HintTokens None = new("", "");

    public bool IsEmpty => Class.Length == 0 && Id.Length == 0;

    public static HintTokens Of(HtmlNode node)
    {
        if (!node.HasAttributes)
        {
            return None;
        }

        return new HintTokens(node.GetAttributeValue("class", ""), node.GetAttributeValue("id", ""));
    }
}

/// <summary>All hint lists of <see cref="HtmlHints"/>, compiled once per options.</summary>
internal sealed class ClassHints(HtmlHints hints, int unlikelyMaxProseChars)
{
    public HintSet Positive { get; } = new(hints.Positive, hints.Suffixes);
    public HintSet Negative { get; } = new(hints.Negative, hints.Suffixes);
    public HintSet Unlikely { get; } = new(hints.Unlikely, hints.Suffixes);
    public HintSet Rescue { get; } = new(hints.Rescue, hints.Suffixes);
    public HintSet UnlikelyEvenWithProse { get; } = new(hints.UnlikelyEvenWithProse, hints.Suffixes);
    public HintSet Caption { get; } = new(hints.Caption, hints.Suffixes);
    public HintSet Byline { get; } = new(hints.Byline, hints.Suffixes);
    public HintSet ArticleBody { get; } = new(hints.ArticleBody, hints.Suffixes);

    /// <summary>Readability's class weight: +1 for a positive hint, −1 for a negative one, for class and id together.</summary>
    public int Weight(HintTokens tokens) => (Positive.Matches(tokens) ? 1 : 0) - (Negative.Matches(tokens) ? 1 : 0);

    public bool IsUnlikely(HintTokens tokens) => Unlikely.Matches(tokens) && !Rescue.Matches(tokens);

    /// <summary>Unlikely by class, unless it holds real prose and its class word is not one that marks even prose (comments).</summary>
    public bool IsUnlikely(HintTokens tokens, int proseChars) =>
        IsUnlikely(tokens) && (proseChars < unlikelyMaxProseChars || UnlikelyEvenWithProse.Matches(tokens));

    /// <summary>Marked as the article body by microdata or by an article-body class.</summary>
    public bool IsArticleBody(HtmlNode node) =>
        node.GetAttributeValue("itemprop", "").Contains("articleBody", StringComparison.OrdinalIgnoreCase)
        || ArticleBody.Matches(HintTokens.Of(node));
}
