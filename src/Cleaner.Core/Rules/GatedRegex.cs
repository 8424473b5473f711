using System.Buffers;
using System.Text.RegularExpressions;

namespace Cleaner.Core.Rules;

/// <summary>
/// A rule's compiled pattern behind the cheapest text test that can rule a line out first: the text every match
/// starts with, else the text it ends with, else a piece of text it contains (see <see cref="RequiredLiteral"/>).
/// Most lines match none of the rules, and a case-blind comparison costs a fraction of a regex call, whose own
/// set-up dominates on short lines. The test only ever says "maybe": a line that passes still goes to the regex.
/// </summary>
public sealed partial class GatedRegex
{
    private readonly string[]? _prefixes;
    private readonly SearchValues<char>? _prefixStarts;
    private readonly string? _suffix;
    private readonly SearchValues<string>? _contained;

    public GatedRegex(Regex regex, string pattern)
    {
        Regex = regex;

        // With free spacing, a space in the pattern is not text the line must hold.
        if (FreeSpacing().IsMatch(pattern))
        {
            return;
        }

        _prefixes = RequiredLiteral.Prefixes(pattern)?.ToArray();
        _suffix = _prefixes is null ? RequiredLiteral.Suffix(pattern) : null;
        var one = RequiredLiteral.Of(pattern) ?? RareText(RequiredLiteral.Of(pattern, 1));
        if (_prefixes is null && _suffix is null && (one is null ? RequiredLiteral.AnyOf(pattern) : [one]) is { } contained)
        {
            // Vectorized and case-blind even on lines with curly quotes, where a case-blind Contains goes char by
            // char. Text without letters ("©", "/") has no case, and an exact search for it stays vectorized where a
            // case-blind search for a non-ASCII needle does not.
            _contained = SearchValues.Create([.. contained], contained.Any(HasCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        _prefixStarts = _prefixes is null ? null : SearchValues.Create(_prefixes.SelectMany(p => new[] { char.ToLowerInvariant(p[0]), char.ToUpperInvariant(p[0]) }).Distinct().ToArray());
    }

    public Regex Regex { get; private set; }

    /// <summary>
    /// A rule's pattern: compiled when it runs on every line; interpreted when a gate keeps it off most lines,
    /// until the gate has let enough lines through that compiling pays (<see cref="CompileAfterPasses"/>).
    /// </summary>
    public static GatedRegex Compile(string pattern, string where)
    {
        var interpreted = new GatedRegex(ConfigLoader.CompileRegex(pattern, where, compiled: false), pattern);
        if (!interpreted.IsGated)
        {
            return new GatedRegex(ConfigLoader.CompileRegex(pattern, where), pattern);
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
    public bool IsGated => _prefixes is not null || _suffix is not null || _contained is not null;

    /// <summary>False when no line with this text can match; case-blind, so it never rules out a case-insensitive match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_prefixes is not null)
        {
            if (text.IsEmpty || !_prefixStarts!.Contains(text[0]))
            {
                return false;
            }

            foreach (var prefix in _prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        if (_suffix is not null)
        {
            return text.TrimEnd().EndsWith(_suffix, StringComparison.OrdinalIgnoreCase);
        }

        return _contained is null || text.ContainsAny(_contained);
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

    /// <summary>A piece of one or two characters is worth looking for only when news text seldom holds it ("©", "@", "/").</summary>
    private static string? RareText(string? piece) =>
        piece is { Length: <= 2 } && piece.All(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('.' or ',' or '-' or '\'' or '"' or '’'))
            ? piece
            : null;

    [GeneratedRegex(@"\(\?[imnsx-]*x")]
    private static partial Regex FreeSpacing();
}
