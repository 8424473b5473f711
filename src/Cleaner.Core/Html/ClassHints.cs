using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>One list of hint words compiled for matching against class/id tokens.</summary>
internal sealed class HintSet
{
    private readonly HashSet<string> _tokens;
    private readonly string[] _substrings;

    /// <param name="words">The hint words.</param>
    /// <param name="suffixes">Endings a token may add to a word ("s", "bar", "box"); each word is expanded once here.</param>
    public HintSet(IReadOnlyList<string> words, IReadOnlyList<string> suffixes)
    {
        var simple = words.Where(w => !IsCompound(w)).ToList();
        _tokens = new HashSet<string>(simple.Concat(simple.SelectMany(w => suffixes.Select(s => w + s))), StringComparer.Ordinal);
        _substrings = words.Where(IsCompound).ToArray();
    }

    public bool Matches(HintTokens tokens)
    {
        if (tokens.IsEmpty)
        {
            return false;
        }

        foreach (var token in tokens.Tokens)
        {
            if (_tokens.Contains(token))
            {
                return true;
            }
        }

        foreach (var substring in _substrings)
        {
            if (tokens.Joined.Contains(substring, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompound(string word) => word.Contains('-') || word.Contains('_');
}

/// <summary>The class and id of an element as lowercase tokens, plus the raw lowercased string for compound hints.</summary>
internal readonly record struct HintTokens(string[] Tokens, string Joined)
{
    public static readonly HintTokens None = new([], "");

    public bool IsEmpty => Tokens.Length == 0;

    public static HintTokens Of(HtmlNode node)
    {
        var cls = node.GetAttributeValue("class", "");
        var id = node.GetAttributeValue("id", "");
        if (cls.Length == 0 && id.Length == 0)
        {
            return None;
        }

        var raw = cls.Length == 0 ? id : id.Length == 0 ? cls : cls + " " + id;
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            var end = i == raw.Length || !char.IsLetterOrDigit(raw[i]);
            var hump = !end && i > start && char.IsUpper(raw[i]) && char.IsLower(raw[i - 1]);
            if (end || hump)
            {
                if (i > start)
                {
                    tokens.Add(raw[start..i].ToLowerInvariant());
                }

                start = end ? i + 1 : i;
            }
        }

        var joined = raw.ToLowerInvariant().Replace('_', '-');
        return new HintTokens(tokens.ToArray(), joined);
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
