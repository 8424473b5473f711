using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Names the publisher of each story from the outlet profiles in <c>pipeline-config/outlets/</c>.
/// A page is scanned once (<see cref="ScanPage(IReadOnlyList{string})"/>); each story then gets the page's verdict unless
/// it carries decisive evidence of its own: a credit line naming an outlet, or a host name (from an HTML page) on an
/// outlet's domain. The scan also keeps the page's possible credit lines, so a story given by its line numbers is
/// not searched again. The detector holds no per-page state and can serve many pages at once.
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

    public OutletDetector(CleanerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _table = new OutletSignalTable(config);
        _rules = config.Rules;
        _credits = new CreditLines(config.Rules, _table.Names);
    }

    /// <summary>Page-level signals from all of a dump's lines: header, footer and every story.</summary>
    public PageSignals ScanPage(IReadOnlyList<string> pageLines) => ScanPage(pageLines, knownKey: null);

    /// <summary>The same, for lines whose <see cref="LineText.Key"/> the caller may already have.</summary>
    /// <param name="pageLines">The lines as read.</param>
    /// <param name="knownKey">A line's key by its index, or null when the caller does not have it; asked only for lines that need one.</param>
    /// <param name="earlierCopy">The index of an earlier line identical to the line at an index, or -1; null when the caller does not know.</param>
    public PageSignals ScanPage(IReadOnlyList<string> pageLines, Func<int, string?>? knownKey, Func<int, int>? earlierCopy = null)
    {
        ArgumentNullException.ThrowIfNull(pageLines);
        var scan = new PageScan(_table, _rules.Copyright, knownKey, earlierCopy);
        for (var i = 0; i < pageLines.Count; i++)
        {
            scan.Add(i, pageLines[i]);
        }

        return scan.Finish();
    }

    /// <summary>
    /// One story's outlet. A credit line in the story decides first (a republished story belongs to the outlet it
    /// credits, even on a page whose own markers or host say otherwise), then the host, then the page's signals.
    /// </summary>
    /// <param name="page">From <see cref="ScanPage(IReadOnlyList{string})"/> of this detector, for the dump the story came from.</param>
    /// <param name="storyLines">The story's own lines.</param>
    /// <param name="host">Host name of an HTML page's canonical URL; null for text dumps.</param>
    public OutletInfo Detect(PageSignals page, IReadOnlyList<string> storyLines, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(storyLines);
        CheckOwnPage(page);
        var credited = _credits.TryFind(storyLines, out var profile, out var creditLine);
        return Decide(page, credited ? (profile, creditLine) : null, host);
    }

    /// <summary>The same, for a story made of the page's lines [<paramref name="firstLine"/>, <paramref name="endLine"/>): the page has already found its credit lines.</summary>
    public OutletInfo Detect(PageSignals page, int firstLine, int endLine, string? host = null)
    {
        CheckOwnPage(page);
        var credited = _credits.TryFind(page.CreditCandidates, firstLine, endLine, out var profile, out var creditLine);
        return Decide(page, credited ? (profile, creditLine) : null, host);
    }

    private void CheckOwnPage(PageSignals page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!ReferenceEquals(page.Table, _table))
        {
            throw new ArgumentException("the page signals were computed by another detector, with other profiles", nameof(page));
        }
    }

    private OutletInfo Decide(PageSignals page, (int Profile, string Line)? credit, string? host)
    {
        if (credit is var (credited, creditLine))
        {
            return Decisive(credited, $"credit line '{Shorten(creditLine)}' (decisive)");
        }

        if (!string.IsNullOrWhiteSpace(host) && _table.Domains.TryMatchHost(host, out var hosted, out var domain))
        {
            return Decisive(hosted, $"host '{host.Trim()}' is on {domain} (decisive)");
        }

        return page.Outlet;
    }

    private OutletInfo Decisive(int profile, string evidence)
    {
        var outlet = _table.Profiles[profile];
        return new OutletInfo(outlet.Id, outlet.Name, outlet.Domains[0], 1.0, [evidence]);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79].TrimEnd() + "…";
}
