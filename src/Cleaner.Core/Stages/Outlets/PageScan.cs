using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// One page's lines read once for every page-level signal, in order. A short line is searched for outlet names
/// once, and the answer serves twice: a copyright line counts only if it names an outlet, and the page keeps the
/// lines that may credit one, so its stories need no second search.
/// </summary>
internal sealed class PageScan
{
    private readonly OutletSignalTable _table;
    private readonly LinePatterns _copyright;
    private readonly bool _copyrightListsLines;
    private readonly Func<int, string?>? _knownKey;
    private readonly Func<int, int>? _earlierCopy;
    private readonly string?[] _hits;
    private readonly Action<int, string> _onDomain;
    private readonly List<(int Line, string Text)> _creditCandidates = [];
    private readonly Dictionary<int, string> _creditTextByLine = [];

    /// <param name="knownKey">A line's <see cref="LineText.Key"/> by its index, or null when the caller does not have it.</param>
    /// <param name="earlierCopy">The index of an earlier line identical to the line at an index, or -1; null when the caller does not know.</param>
    public PageScan(OutletSignalTable table, LinePatterns copyright, Func<int, string?>? knownKey, Func<int, int>? earlierCopy = null)
    {
        _table = table;
        _copyright = copyright;
        _copyrightListsLines = copyright.Keys.Any();
        _knownKey = knownKey;
        _earlierCopy = earlierCopy;
        _hits = new string?[table.Signals.Count];
        _onDomain = (profile, domain) => _hits[table.DomainSignal[profile]] ??= domain;
    }

    /// <summary>Reads the page's next line, numbered <paramref name="index"/> in the page.</summary>
    public void Add(int index, string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return;
        }

        if (_earlierCopy?.Invoke(index) is >= 0 and var first)
        {
            // Each signal keeps the first line that showed it, so a line printed again adds none; it may still credit
            // an outlet for the story it stands in.
            if (_creditTextByLine.TryGetValue(first, out var credit))
            {
                _creditCandidates.Add((index, credit));
            }

            return;
        }

        _table.Domains.FindMentions(text, _onDomain);
        if (text.Length > OutletDetector.MaxPatternLineChars)
        {
            return;
        }

        _table.Patterns.Mark(text, _hits);
        if (text.Length <= OutletDetector.MaxMarkerLineChars)
        {
            MarkMarkerLine(index, line, text);
        }
    }

    /// <summary>The page's verdict, once every line has been read.</summary>
    public PageSignals Finish()
    {
        var (outlet, scores) = OutletScorer.Rank(_table, _hits);
        return new PageSignals(_table, outlet, scores, _creditCandidates);
    }

    /// <summary>Whole-line signals (site names, signature lines) and copyright lines, all short.</summary>
    private void MarkMarkerLine(int index, string line, ReadOnlySpan<char> text)
    {
        // A whole-line signal's key is at most the longest listed key. A line gets as much again for bullets and
        // doubled spaces, which the key drops, before it counts as too long to be one without a look at its key.
        string? key = null;
        if (text.Length <= (_table.LongestLineKey * 2) + 8)
        {
            key = KeyOf(index, line);
            if (key.Length <= _table.LongestLineKey && _table.LineSignals.TryGetValue(key, out var ids))
            {
                var shown = LineText.StripBullet(line);
                foreach (var id in ids)
                {
                    _hits[id] ??= shown;
                }
            }
        }

        // A line short enough to credit an outlet is searched for names first, since its stories need the answer;
        // on a longer line the copyright test, cheaper than the search, goes first.
        bool namedCopyright;
        if (CreditLines.IsShortEnough(text))
        {
            var names = _table.Names.Find(text);
            if (names.HasFlag(NameKinds.Credited))
            {
                var credit = text.ToString();
                _creditCandidates.Add((index, credit));
                _creditTextByLine[index] = credit;
            }

            namedCopyright = names.HasFlag(NameKinds.Outlet) && IsCopyright(index, line, text, ref key);
        }
        else
        {
            namedCopyright = IsCopyright(index, line, text, ref key) && _table.Names.MayContainName(text);
        }

        if (namedCopyright)
        {
            MarkCopyright(text, key ??= KeyOf(index, line));
        }
    }

    private string KeyOf(int index, string line) => _knownKey?.Invoke(index) ?? LineText.Key(line);

    /// <summary>The copyright rules' verdict on a trimmed line; its key is only worked out when a listed whole line could match.</summary>
    private bool IsCopyright(int index, string line, ReadOnlySpan<char> text, ref string? key) =>
        _copyright.MatchesTail(text) || (_copyrightListsLines && _copyright.MatchesLine(key ??= KeyOf(index, line)));

    /// <summary>Credits a copyright line to every outlet it names.</summary>
    private void MarkCopyright(ReadOnlySpan<char> text, string key)
    {
        string? line = null;
        for (var p = 0; p < _table.Profiles.Length; p++)
        {
            var signal = _table.CopyrightSignal[p];
            if (_hits[signal] is null && _table.Names.KeyNames(p, key))
            {
                _hits[signal] = line ??= text.ToString();
            }
        }
    }
}
