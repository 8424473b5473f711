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
    private readonly string? _suffix;
    private readonly string? _contained;

    public GatedRegex(Regex regex, string pattern)
    {
        Regex = regex;

        // With free spacing, a space in the pattern is not text the line must hold.
        if (FreeSpacing().IsMatch(pattern))
        {
            return;
        }

        _prefixes = RequiredLiteral.Prefixes(pattern)?.ToArray();
        _suffix = _prefixes is null ? RequiredLiteral.Suffix(WithoutSpaceBeforeEnd(pattern)) : null;
        _contained = _prefixes is null && _suffix is null ? RequiredLiteral.Of(pattern) : null;
    }

    public Regex Regex { get; }

    /// <summary>False when no line with this text can match; case-blind, so it never rules out a case-insensitive match.</summary>
    public bool IsGated => _prefixes is not null || _suffix is not null || _contained is not null;

    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_prefixes is not null)
        {
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

        return _contained is null || text.Contains(_contained, StringComparison.OrdinalIgnoreCase);
    }

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Regex.IsMatch(text);

    public Match Match(string text) => MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Where the leftmost match starts, or -1.</summary>
    public int FirstIndex(ReadOnlySpan<char> text)
    {
        if (!MayMatch(text))
        {
            return -1;
        }

        foreach (var match in Regex.EnumerateMatches(text))
        {
            return match.Index;
        }

        return -1;
    }

    public override string ToString() => Regex.ToString();

    /// <summary>
    /// "…\)\s*$" → "…\)$": credits end a line, often allowing trailing spaces; the text before those spaces is what
    /// the line must end with once trimmed.
    /// </summary>
    private static string WithoutSpaceBeforeEnd(string pattern)
    {
        const string spaceThenEnd = @"\s*$";
        if (!pattern.EndsWith(spaceThenEnd, StringComparison.Ordinal))
        {
            return pattern;
        }

        // The backslash of "\s*$" must not itself be escaped ("\\s*$" is a backslash, then any number of "s").
        var slashes = 0;
        for (var i = pattern.Length - spaceThenEnd.Length - 1; i >= 0 && pattern[i] == '\\'; i--)
        {
            slashes++;
        }

        return slashes % 2 == 0 ? pattern[..^spaceThenEnd.Length] + "$" : pattern;
    }

    [GeneratedRegex(@"\(\?[imnsx-]*x")]
    private static partial Regex FreeSpacing();
}
