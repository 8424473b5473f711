using System.Buffers;
using System.Text.RegularExpressions;

namespace Cleaner.Core.Rules;

/// <summary>
/// A rule's compiled pattern behind the cheapest text test that can rule a line out first: the texts one of which
/// starts every match, or ends it, and a text every match contains when that narrows further (see
/// <see cref="PatternLiterals"/>). Most lines match none of the rules, and a case-blind comparison costs a fraction
/// of a regex call, whose own set-up dominates on short lines. The test only ever says "maybe": a line that passes
/// still goes to the regex.
/// </summary>
public sealed class GatedRegex
{
    private readonly string[]? _prefixes;
    private readonly CharSet _prefixStarts;
    private readonly string[]? _suffixes;
    private readonly CharSet _suffixEnds;
    private readonly SearchValues<string>? _contained;

    public GatedRegex(Regex regex, string pattern)
    {
        Regex = regex;

        // Free spacing makes spaces in the pattern mean nothing, and multi-line anchors match inside the text.
        var readable = (regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.Multiline | RegexOptions.RightToLeft)) == 0;
        Literals = readable ? PatternLiterals.Of(pattern) : PatternLiterals.Nothing;
        var literals = Literals;
        var prefixStrength = PatternLiterals.Strength(literals.Prefixes);
        var suffixStrength = PatternLiterals.Strength(literals.Suffixes);
        if (prefixStrength > 0 && prefixStrength >= suffixStrength)
        {
            _prefixes = [.. literals.Prefixes];
            _prefixStarts = new CharSet(CaseVariants.SharingUpperCase(_prefixes.Select(p => p[0])));
        }
        else if (suffixStrength > 0)
        {
            _suffixes = [.. literals.Suffixes];
            _suffixEnds = new CharSet(CaseVariants.SharingUpperCase(_suffixes.Select(s => s[^1])));
        }

        // A contained text is searched for as well when it narrows more than the line's start or end does.
        var contained = literals.Contained;
        var containedStrength = PatternLiterals.Strength(contained);
        if (containedStrength > Math.Max(prefixStrength, suffixStrength) && containedStrength >= PatternLiterals.SearchWorthyStrength)
        {
            // Vectorized and case-blind even on lines with curly quotes, where a case-blind Contains goes char by
            // char. Text without letters ("©", "/") has no case, and an exact search for it stays vectorized where a
            // case-blind search for a non-ASCII needle does not. Several texts that share a long piece ("adjust font
            // size", "change text size") are searched for by that piece alone: one needle is found several times
            // faster than a set, and a line holding the piece but none of the texts is rare.
            string[] needles = contained.Count > 1 && SharedPiece(contained) is { Length: >= MinSharedPieceChars } piece ? [piece] : [.. contained];
            _contained = SearchValues.Create(needles, needles.Any(HasCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
    }

    public Regex Regex { get; private set; }

    // Shorter shared pieces ("day," in ", monday," … ", sunday,") turn up in too many lines to stand in for the set.
    private const int MinSharedPieceChars = 5;

    /// <summary>The longest piece of text every one of <paramref name="texts"/> holds ("" when they share none).</summary>
    internal static string SharedPiece(IReadOnlyList<string> texts)
    {
        var shortest = texts.MinBy(text => text.Length)!;
        for (var length = shortest.Length; length > 0; length--)
        {
            for (var start = 0; start + length <= shortest.Length; start++)
            {
                var piece = shortest.Substring(start, length);
                if (texts.All(text => text.Contains(piece, StringComparison.Ordinal)))
                {
                    return piece;
                }
            }
        }

        return "";
    }

    /// <summary>The fixed texts read off the pattern, which the gate is made of; shared with callers that batch patterns by them.</summary>
    public PatternLiterals Literals { get; }

    /// <summary>
    /// A rule's pattern: compiled when it runs on every line; interpreted when a gate keeps it off most lines,
    /// until the gate has let enough lines through that compiling pays (<see cref="CompileAfterPasses"/>).
    /// </summary>
    public static GatedRegex Compile(string pattern, string where) =>
        ReadyToRun(new GatedRegex(ConfigLoader.CompileRegex(pattern, where, compiled: false), pattern), pattern, where);

    /// <summary>Readies a pattern already checked interpreted (and its gate read) for use, as <see cref="Compile"/> does.</summary>
    internal static GatedRegex ReadyToRun(GatedRegex interpreted, string pattern, string where)
    {
        if (!interpreted.IsGated)
        {
            // Nothing to gate on: the pattern runs on every line, so it is compiled at once (the gate stays empty).
            interpreted.Regex = ConfigLoader.CompileRegex(pattern, where);
            return interpreted;
        }

        interpreted._recompile = () => ConfigLoader.CompileRegex(pattern, where);
        return interpreted;
    }

    /// <summary>Lines through the gate after which an interpreted pattern is compiled: a few milliseconds to compile, saved in a few thousand matches.</summary>
    public const int CompileAfterPasses = 2000;

    private Func<Regex>? _recompile;
    private int _passes;

    /// <summary>The pattern to run on a line that passed the gate; counts the pass, and compiles a pattern that turned out to be busy.</summary>
    private Regex Busy()
    {
        if (_recompile is not null && Interlocked.Increment(ref _passes) == CompileAfterPasses)
        {
            // Other threads keep using the interpreted pattern until the compiled one is in place: same answers.
            Regex = _recompile();
            _recompile = null;
        }

        return Regex;
    }

    /// <summary>True when a text test stands before the regex.</summary>
    public bool IsGated => _prefixes is not null || _suffixes is not null || _contained is not null;

    /// <summary>This pattern's bit in the rule set's <see cref="LineGateIndex"/>; until one is given, the bit every line admits.</summary>
    internal UInt128 GateBit { get; set; } = LineGateIndex.SharedBit;

    /// <summary>The texts one of which a passing line starts with (lower case, compared case-blind); null when the gate does not test the start.</summary>
    internal IReadOnlyList<string>? StartTexts => _prefixes;

    /// <summary>The texts one of which a passing line ends with, trailing white space aside; null when the gate does not test the end.</summary>
    internal IReadOnlyList<string>? EndTexts => _suffixes;

    /// <summary>False when no line with this text can match; case-blind, so it never rules out a case-insensitive match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_prefixes is not null && !StartsWithAny(text))
        {
            return false;
        }

        if (_suffixes is not null && !EndsWithAny(text.TrimEnd()))
        {
            return false;
        }

        return _contained is null || text.ContainsAny(_contained);
    }

    private bool StartsWithAny(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_prefixStarts.Contains(text[0]))
        {
            return false;
        }

        foreach (var prefix in _prefixes!)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithAny(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_suffixEnds.Contains(text[^1]))
        {
            return false;
        }

        foreach (var suffix in _suffixes!)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Busy().IsMatch(text);

    public Match Match(string text) => MayMatch(text) ? Busy().Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Where the leftmost match starts, or -1.</summary>
    public int FirstIndex(ReadOnlySpan<char> text)
    {
        if (!MayMatch(text))
        {
            return -1;
        }

        foreach (var match in Busy().EnumerateMatches(text))
        {
            return match.Index;
        }

        return -1;
    }

    public override string ToString() => Regex.ToString();

    private static bool HasCase(string text) =>
        !string.Equals(text.ToUpperInvariant(), text, StringComparison.Ordinal) || !string.Equals(text.ToLowerInvariant(), text, StringComparison.Ordinal);
}
