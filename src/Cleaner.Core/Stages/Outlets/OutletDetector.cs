using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Names the publisher of each story from the outlet profiles in <c>pipeline-config/outlets/</c>.
/// A page is scanned once (<see cref="ScanPage"/>); each story then gets the page's verdict unless it carries
/// decisive evidence of its own: a credit line naming an outlet, or a host name (from an HTML page) on an outlet's domain.
/// The detector holds no per-page state and can serve many pages at once.
/// </summary>
public sealed class OutletDetector
{
    /// <summary>Site names, signature lines and copyright lines are short; longer lines are prose.</summary>
    public const int MaxMarkerLineChars = 300;

    /// <summary>Pattern signatures also cover datelines, which open a story's first paragraph; beyond this a line is only searched for domains.</summary>
    public const int MaxPatternLineChars = 600;

    private readonly OutletSignalTable _table;
    private readonly RuleSet _rules;
    private readonly CreditLines _credits;
    private readonly bool _copyrightListsLines;

    public OutletDetector(CleanerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _table = new OutletSignalTable(config);
        _rules = config.Rules;
        _credits = new CreditLines(config.Rules, _table.Names);
        _copyrightListsLines = config.Rules.Copyright.Keys.Any();
    }

    /// <summary>Page-level signals from all of a dump's lines: header, footer and every story.</summary>
    public PageSignals ScanPage(IReadOnlyList<string> pageLines) => ScanPage(pageLines, knownKey: null);

    /// <summary>The same, for lines whose <see cref="LineText.Key"/> the caller may already have.</summary>
    /// <param name="pageLines">The lines as read.</param>
    /// <param name="knownKey">A line's key by its index, or null when the caller does not have it; asked only for lines that need one.</param>
    public PageSignals ScanPage(IReadOnlyList<string> pageLines, Func<int, string?>? knownKey)
    {
        ArgumentNullException.ThrowIfNull(pageLines);
        var hits = new string?[_table.Signals.Count];
        var domainSignal = _table.DomainSignal;
        void MarkDomain(int profile, string domain) => hits[domainSignal[profile]] ??= domain;
        Action<int, string> onDomain = MarkDomain;

        for (var i = 0; i < pageLines.Count; i++)
        {
            var line = pageLines[i];
            var text = line.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            _table.Domains.FindMentions(text, onDomain);
            if (text.Length > MaxPatternLineChars)
            {
                continue;
            }

            _table.Patterns.Mark(text, hits);
            if (text.Length > MaxMarkerLineChars)
            {
                continue;
            }

            MarkMarkerLine(line, text, i, knownKey, hits);
        }

        return OutletScorer.Rank(_table, hits);
    }

    /// <summary>
    /// One story's outlet. A credit line in the story decides first (a republished story belongs to the outlet it
    /// credits, even on a page whose own markers or host say otherwise), then the host, then the page's signals.
    /// </summary>
    /// <param name="page">From <see cref="ScanPage"/> of this detector, for the dump the story came from.</param>
    /// <param name="storyLines">The story's own lines.</param>
    /// <param name="host">Host name of an HTML page's canonical URL; null for text dumps.</param>
    public OutletInfo Detect(PageSignals page, IReadOnlyList<string> storyLines, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(storyLines);
        if (!ReferenceEquals(page.Table, _table))
        {
            throw new ArgumentException("the page signals were computed by another detector, with other profiles", nameof(page));
        }

        if (_credits.TryFind(storyLines, out var credited, out var creditLine))
        {
            return Decisive(credited, $"credit line '{Shorten(creditLine)}' (decisive)");
        }

        if (!string.IsNullOrWhiteSpace(host) && _table.Domains.TryMatchHost(host, out var hosted, out var domain))
        {
            return Decisive(hosted, $"host '{host.Trim()}' is on {domain} (decisive)");
        }

        return page.Outlet;
    }

    /// <summary>Whole-line signals (site names, signature lines) and copyright lines, all short.</summary>
    private void MarkMarkerLine(string line, ReadOnlySpan<char> text, int index, Func<int, string?>? knownKey, string?[] hits)
    {
        string? key = null;
        string Key() => key ??= knownKey?.Invoke(index) ?? LineText.Key(line);

        // A whole-line signal's key is at most the longest listed key. A line gets as much again for bullets and
        // doubled spaces, which the key drops, before it counts as too long to be one without a look at its key.
        if (text.Length <= (_table.LongestLineKey * 2) + 8 && Key() is { } lineKey
            && lineKey.Length <= _table.LongestLineKey && _table.LineSignals.TryGetValue(lineKey, out var ids))
        {
            var shown = LineText.StripBullet(line);
            foreach (var id in ids)
            {
                hits[id] ??= shown;
            }
        }

        // Copyright lines are few and their test is cheap, so it goes before the search for outlet names.
        var copyright = _rules.Copyright.MatchesTail(text) || (_copyrightListsLines && _rules.Copyright.MatchesLine(Key()));
        if (copyright && _table.Names.MayContainName(text))
        {
            MarkCopyright(text, Key(), hits);
        }
    }

    /// <summary>Credits a copyright line to every outlet it names.</summary>
    private void MarkCopyright(ReadOnlySpan<char> text, string key, string?[] hits)
    {
        string? line = null;
        for (var p = 0; p < _table.Profiles.Length; p++)
        {
            var signal = _table.CopyrightSignal[p];
            if (hits[signal] is null && _table.Names.KeyNames(p, key))
            {
                hits[signal] = line ??= text.ToString();
            }
        }
    }

    private OutletInfo Decisive(int profile, string evidence)
    {
        var outlet = _table.Profiles[profile];
        return new OutletInfo(outlet.Id, outlet.Name, outlet.Domains[0], 1.0, [evidence]);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79].TrimEnd() + "…";
}
