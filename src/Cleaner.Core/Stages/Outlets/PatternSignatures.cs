using System.Buffers;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// All profiles' pattern signatures, each behind the cheapest test that can rule a line out before its regex runs,
/// read off the pattern (<see cref="PatternLiterals"/>): the texts it must start with ("^Updated \d…" needs
/// "Updated "), else the texts it must end with ("… hide caption$", "…, (editor|correspondent)$"), else a piece of
/// text it must contain ("(Reuters)") or one of several, else nothing, for the few patterns made only of classes.
/// Contained pieces are found together: one vectorized pass over the line for their rarest characters.
/// </summary>
internal sealed class PatternSignatures
{
    private readonly CaseBlindCharTable<(string Prefix, GatedRegex Pattern, int Signal)> _byPrefix;
    private readonly CaseBlindCharTable<(string Suffix, GatedRegex Pattern, int Signal)> _bySuffix;
    private readonly (char Anchor, (LiteralText Literal, GatedRegex Pattern, int Signal)[] Patterns)[] _byAnchor;
    private readonly SearchValues<char>? _anchors;
    private readonly (SearchValues<string> Alternatives, GatedRegex Pattern, int Signal)[] _byAlternative;
    private readonly (GatedRegex Pattern, int Signal)[] _unfiltered;

    public PatternSignatures(IReadOnlyList<(string Pattern, int Signal, string Where)> patterns)
    {
        var byPrefix = new List<(string, GatedRegex, int)>();
        var bySuffix = new List<(string, GatedRegex, int)>();
        var byLiteral = new List<(LiteralText, GatedRegex, int)>();
        var byAlternative = new List<(SearchValues<string>, GatedRegex, int)>();
        var unfiltered = new List<(GatedRegex, int)>();
        foreach (var (pattern, signal, where) in patterns)
        {
            // Behind a text test a pattern runs on few lines and starts interpreted, to be compiled if it turns out
            // busy; a pattern without one runs on every line and is compiled at once.
            var regex = GatedRegex.Compile(pattern, where);
            var literals = regex.Literals;
            if (literals.Prefixes.Count > 0)
            {
                byPrefix.AddRange(literals.Prefixes.Select(prefix => (prefix, regex, signal)));
            }
            else if (literals.Suffixes.Count > 0)
            {
                bySuffix.AddRange(literals.Suffixes.Select(suffix => (suffix, regex, signal)));
            }
            else if (PatternLiterals.Strength(literals.Contained) >= PatternLiterals.SearchWorthyStrength)
            {
                if (literals.Contained is [var literal])
                {
                    byLiteral.Add((new LiteralText(literal), regex, signal));
                }
                else
                {
                    byAlternative.Add((SearchValues.Create([.. literals.Contained], StringComparison.OrdinalIgnoreCase), regex, signal));
                }
            }
            else
            {
                unfiltered.Add((regex, signal));
            }
        }

        // Keyed by the first (or last) character, case-blind, so a line is compared only with the texts that could fit it.
        _byPrefix = new CaseBlindCharTable<(string, GatedRegex, int)>(byPrefix.Select(p => (p.Item1[0], p)));
        _bySuffix = new CaseBlindCharTable<(string, GatedRegex, int)>(bySuffix.Select(p => (p.Item1[^1], p)));
        _byAlternative = byAlternative.ToArray();
        _unfiltered = unfiltered.ToArray();
        _byAnchor = byLiteral
            .GroupBy(l => char.ToLowerInvariant(l.Item1.Anchor))
            .Select(g => (g.Key, g.ToArray()))
            .ToArray();
        var anchors = _byAnchor.SelectMany(a => new[] { a.Anchor, char.ToUpperInvariant(a.Anchor) }).Distinct().ToArray();
        _anchors = anchors.Length == 0 ? null : SearchValues.Create(anchors);
    }

    /// <summary>Records the line against every pattern signature it matches that has not matched on this page yet.</summary>
    public void Mark(ReadOnlySpan<char> text, string?[] hits)
    {
        string? line = null;
        if (text.IsEmpty)
        {
            return;
        }

        if (_byPrefix[text[0]] is { } byPrefix)
        {
            foreach (var (prefix, pattern, signal) in byPrefix)
            {
                if (hits[signal] is null && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(text))
                {
                    hits[signal] = line ??= text.ToString();
                }
            }
        }

        // Suffixes are what a match ends with once trailing white space is set aside.
        var trimmed = text.TrimEnd();
        if (trimmed.Length > 0 && _bySuffix[trimmed[^1]] is { } bySuffix)
        {
            foreach (var (suffix, pattern, signal) in bySuffix)
            {
                if (hits[signal] is null && trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(text))
                {
                    hits[signal] = line ??= text.ToString();
                }
            }
        }

        foreach (var (alternatives, pattern, signal) in _byAlternative)
        {
            if (hits[signal] is null && text.ContainsAny(alternatives) && pattern.IsMatch(text))
            {
                hits[signal] = line ??= text.ToString();
            }
        }

        foreach (var (pattern, signal) in _unfiltered)
        {
            if (hits[signal] is null && pattern.IsMatch(text))
            {
                hits[signal] = line ??= text.ToString();
            }
        }

        if (_anchors is not null)
        {
            MarkByLiteral(text, hits, ref line);
        }
    }

    private void MarkByLiteral(ReadOnlySpan<char> text, string?[] hits, ref string? line)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOfAny(_anchors!);
            if (at < 0)
            {
                return;
            }

            at += from;
            var anchor = char.ToLowerInvariant(text[at]);
            foreach (var (candidate, patterns) in _byAnchor)
            {
                if (candidate != anchor)
                {
                    continue;
                }

                foreach (var (literal, pattern, signal) in patterns)
                {
                    if (hits[signal] is null && literal.IsAt(text, at) && pattern.IsMatch(text))
                    {
                        hits[signal] = line ??= text.ToString();
                    }
                }
            }

            from = at + 1;
        }
    }
}
