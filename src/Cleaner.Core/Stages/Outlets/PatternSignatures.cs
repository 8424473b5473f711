using System.Text.RegularExpressions;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// All profiles' pattern signatures. One combined expression is tried on each line first; only a line it
/// accepts is tried against the individual patterns, so ordinary lines cost one regex call, not one per signature.
/// </summary>
internal sealed partial class PatternSignatures
{
    private readonly Regex? _gate;
    private readonly (Regex Pattern, int Signal)[] _patterns;

    public PatternSignatures(IReadOnlyList<(string Pattern, int Signal, string Where)> patterns)
    {
        _patterns = patterns.Select(p => (ConfigLoader.CompileRegex(p.Pattern, p.Where), p.Signal)).ToArray();
        _gate = _patterns.Length == 0 ? null : CompileGate(patterns.Select(p => p.Pattern).ToList());
    }

    public bool IsEmpty => _patterns.Length == 0;

    /// <summary>Records the line against every pattern signature it matches that has not matched on this page yet.</summary>
    public void Mark(ReadOnlySpan<char> text, string?[] hits)
    {
        if (_gate is not null && !_gate.IsMatch(text))
        {
            return;
        }

        string? line = null;
        foreach (var (pattern, signal) in _patterns)
        {
            if (hits[signal] is null && pattern.IsMatch(text))
            {
                hits[signal] = line ??= text.ToString();
            }
        }
    }

    /// <summary>
    /// The union of all patterns. Numbered back-references would point at another pattern's group once the
    /// patterns sit side by side, so with any of those present every line is tried individually instead.
    /// </summary>
    private static Regex? CompileGate(IReadOnlyList<string> patterns)
    {
        if (patterns.Any(p => NumberedBackReference().IsMatch(p)))
        {
            return null;
        }

        try
        {
            return ConfigLoader.CompileRegex(string.Join('|', patterns.Select(p => $"(?:{p})")), "outlet pattern signatures");
        }
        catch (ConfigException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\\[1-9]")]
    private static partial Regex NumberedBackReference();
}
