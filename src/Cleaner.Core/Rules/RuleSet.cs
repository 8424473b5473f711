using System.Text.RegularExpressions;
using Cleaner.Core.Text;

namespace Cleaner.Core.Rules;

/// <summary>
/// The boilerplate rules compiled once at start: whole-line lists become hash sets keyed by
/// <see cref="LineText.Key"/>, and each pattern list becomes one alternation so a line is tested once per kind.
/// Every regular expression carries a time limit, so a bad rule cannot hang a run.
/// </summary>
public sealed partial class RuleSet
{
    // Generous enough for a long line on a busy machine; short enough that a runaway pattern costs one
    // document a couple of seconds, not the run its night.
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private RuleSet()
    {
    }

    public required LinePatterns Share { get; init; }
    public required LinePatterns Placeholder { get; init; }
    public required LinePatterns ReadMore { get; init; }
    public required LinePatterns TeaserLink { get; init; }
    public required LinePatterns Comment { get; init; }
    public required LinePatterns CommentHeading { get; init; }
    public required LinePatterns TeaserHeading { get; init; }
    public required LinePatterns RelatedHeading { get; init; }
    public required LinePatterns TickerHeading { get; init; }
    public required LinePatterns SummaryHeading { get; init; }
    public required LinePatterns TagHeading { get; init; }
    public required LinePatterns Copyright { get; init; }
    public required LinePatterns AppStore { get; init; }
    public required LinePatterns Footer { get; init; }
    public required LinePatterns CaptionCredit { get; init; }
    public required LinePatterns CaptionHead { get; init; }
    public required LinePatterns PhotoCredit { get; init; }
    public required LinePatterns AgencySignOff { get; init; }
    public required LinePatterns AppealHeading { get; init; }
    public required GatedRegex[] TagLines { get; init; }
    public required LinePatterns StoryMarker { get; init; }
    public required GatedRegex[] Credits { get; init; }
    public required GatedRegex[] Bylines { get; init; }
    public required LinePatterns BylineRole { get; init; }
    public required GatedRegex[] SourceLines { get; init; }
    public required GatedRegex[] TitleDatePrefixes { get; init; }
    public required GatedRegex[] TitleStamps { get; init; }
    public required GatedRegex[] TitleBylines { get; init; }
    public required GatedRegex[] WidgetTails { get; init; }
    public required GatedRegex[] Datelines { get; init; }
    public required IReadOnlyList<string> UpdatedPrefixes { get; init; }
    public required IReadOnlyList<string> PublishedPrefixes { get; init; }

    /// <summary>Every whole-line list in one table: which lists hold a line is one lookup of its key.</summary>
    public WholeLineIndex Listed { get; private set; } = null!;

    /// <summary>Every pattern a line is classified by, indexed by the characters its matches start and end with.</summary>
    public LineGateIndex Gates { get; private set; } = null!;

    /// <summary>The first dateline pattern that matches the opening of <paramref name="text"/>, or null.</summary>
    public Match? DatelineOf(string text)
    {
        foreach (var pattern in Datelines)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// The headline without a date or time stamp the page printed after it ("Ministers meet the press 03-06-2004
    /// 13:26"); the headline as it is when it has none, or when a stamp is all it holds.
    /// </summary>
    public string WithoutStamp(string title) => TrailOf(TitleStamps, title) is { } stamp ? title[..stamp.Index].TrimEnd() : title;

    /// <summary>
    /// The headline and a byline printed after it on the same line ("Champion wins by 2 shots By JANE ROE, AP Sports
    /// Writer"): the byline's group <c>byline</c>, or null when the line holds none.
    /// </summary>
    public (string Title, string? Byline) SplitTitleByline(string title) =>
        TrailOf(TitleBylines, title) is { } byline ? (title[..byline.Index].TrimEnd(), byline.Groups["byline"].Value.Trim()) : (title, null);

    /// <summary>The first of <paramref name="patterns"/> to match a piece at the end of the headline, with text before it.</summary>
    private static Match? TrailOf(GatedRegex[] patterns, string title)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Match(title) is { Success: true, Index: > 0 } trail)
            {
                return trail;
            }
        }

        return null;
    }

    public static RuleSet Compile(BoilerplateRules b, IReadOnlyList<OutletProfile> outlets, string file)
    {
        LinePatterns Set(string key, IReadOnlyList<string> lines, IReadOnlyList<string>? patterns = null) =>
            new(lines, Combine(patterns ?? [], $"{file}: {key}"));

        GatedRegex[] List(string key, IReadOnlyList<string> patterns) =>
            patterns.Select((p, i) => GatedRegex.Compile(p, $"{file}: {key}[{i}]")).ToArray();

        // Patterns whose matches are read by group name: a pattern without the group would match and give nothing.
        foreach (var (key, patterns, groups) in new[]
        {
            ("creditPatterns", b.CreditPatterns, new[] { "name", "authors" }),
            ("bylinePatterns", b.BylinePatterns, ["name", "authors"]),
            ("titleBylinePatterns", b.TitleBylinePatterns, ["byline"]),
        })
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                if (!groups.Any(group => patterns[i].Contains($"(?<{group}>", StringComparison.Ordinal)))
                {
                    throw new ConfigException(
                        $"{file}: {key}[{i}] needs a named group {string.Join(" or ", groups.Select(group => $"(?<{group}>…)"))} for what it captures");
                }
            }
        }

        var rules = new RuleSet
        {
            Share = Set("sharePatterns", b.ShareLines, b.SharePatterns),
            Placeholder = Set("placeholderPatterns", b.PlaceholderLines, b.PlaceholderPatterns),
            ReadMore = Set("readMorePatterns", [], b.ReadMorePatterns),
            TeaserLink = Set("teaserLinkLines", b.TeaserLinkLines),
            Comment = Set("commentPatterns", b.CommentLines, b.CommentPatterns),
            CommentHeading = Set("commentHeadingPatterns", b.CommentHeadings, b.CommentHeadingPatterns),
            TeaserHeading = Set("teaserHeadings", b.TeaserHeadings),
            RelatedHeading = Set("relatedHeadings", b.RelatedHeadings),
            TickerHeading = Set("tickerHeadings", b.TickerHeadings),
            SummaryHeading = Set("summaryHeadings", b.SummaryHeadings),
            TagHeading = Set("tagHeadings", b.TagHeadings),
            Copyright = Set("copyrightPatterns", [], b.CopyrightPatterns),
            AppStore = Set("appStorePatterns", b.AppStoreLines, b.AppStorePatterns),
            Footer = Set("footerPatterns", b.FooterLines, b.FooterPatterns),
            CaptionCredit = Set("captionCreditPatterns", [], b.CaptionCreditPatterns),
            CaptionHead = Set("captionHeadPatterns", [], b.CaptionHeadPatterns),
            PhotoCredit = Set("photoCreditPatterns", [], b.PhotoCreditPatterns),
            AgencySignOff = Set("agencySignOffPatterns", [], b.AgencySignOffPatterns),
            AppealHeading = Set("appealHeadings", [], b.AppealHeadings),
            TagLines = List("tagLinePatterns", b.TagLinePatterns),
            StoryMarker = Set("storyMarkers", outlets.SelectMany(o => o.StoryMarkers).Distinct().ToList()),
            Credits = List("creditPatterns", b.CreditPatterns),
            Bylines = List("bylinePatterns", b.BylinePatterns),
            BylineRole = Set("bylineRolePatterns", [], b.BylineRolePatterns),
            SourceLines = List("sourceLinePatterns", b.SourceLinePatterns),
            TitleDatePrefixes = List("titleDatePrefixPatterns", b.TitleDatePrefixPatterns),
            TitleStamps = List("titleStampPatterns", b.TitleStampPatterns),
            TitleBylines = List("titleBylinePatterns", b.TitleBylinePatterns),
            WidgetTails = List("widgetTailPatterns", b.WidgetTailPatterns),
            Datelines = List("datelinePatterns", b.DatelinePatterns),
            UpdatedPrefixes = b.UpdatedPrefixes,
            PublishedPrefixes = b.PublishedPrefixes,
        };
        rules.Listed = WholeLineIndex.Build(
        [
            rules.Share, rules.Placeholder, rules.ReadMore, rules.TeaserLink, rules.Comment, rules.CommentHeading, rules.TeaserHeading,
            rules.RelatedHeading, rules.TickerHeading, rules.SummaryHeading, rules.TagHeading, rules.Copyright, rules.AppStore, rules.Footer,
            rules.CaptionCredit, rules.CaptionHead, rules.PhotoCredit, rules.AgencySignOff, rules.AppealHeading, rules.StoryMarker, rules.BylineRole,
        ]);
        rules.Gates = LineGateIndex.Build(
        [
            rules.Share, rules.ReadMore, rules.Comment, rules.CommentHeading, rules.Copyright, rules.Footer, rules.CaptionCredit,
            rules.CaptionHead, rules.PhotoCredit, rules.AppealHeading, rules.Placeholder, rules.AppStore,
        ],
        [.. rules.TitleDatePrefixes, .. rules.WidgetTails, .. rules.Credits, .. rules.Bylines, .. rules.TagLines, .. rules.SourceLines]);
        return rules;
    }

    /// <summary>
    /// The list as regular expressions that are fast on lines they do not match. A pattern with text a match
    /// must hold stands alone behind that text (<see cref="GatedRegex"/>). The others anchored at the line start
    /// share one alternation, which the engine tries at the start only; the rest keep their own expression,
    /// because an alternation of unanchored patterns loses each one's fast search for its leading text and
    /// tries every branch at every position. Each pattern is first compiled alone, so an error names it.
    /// </summary>
    private static GatedRegex[] Combine(IReadOnlyList<string> patterns, string where)
    {
        // Checked (and their gates found) interpreted, which is cheap; only the expressions kept are then built for use.
        var checkedAlone = patterns.Select((p, i) => new GatedRegex(ConfigLoader.CompileRegex(p, $"{where}[{i}]", compiled: false), p)).ToList();
        var anchored = Enumerable.Range(0, patterns.Count).Where(i => !checkedAlone[i].IsGated && IsAnchoredAtStart(patterns[i])).ToList();
        if (anchored.Count < 2)
        {
            anchored = [];
        }

        var alone = Enumerable.Range(0, patterns.Count).Where(i => !anchored.Contains(i))
            .Select(i => GatedRegex.ReadyToRun(checkedAlone[i], patterns[i], $"{where}[{i}]"));
        return anchored.Count == 0
            ? [.. alone]
            : [GatedRegex.Compile(string.Join('|', anchored.Select(i => $"(?:{patterns[i]})")), where), .. alone];
    }

    /// <summary>"^…" or "(?i)^…": the pattern can only match at the start of the line.</summary>
    private static bool IsAnchoredAtStart(string pattern) =>
        pattern.StartsWith('^') || (pattern.StartsWith("(?", StringComparison.Ordinal) && AnchorAfterOptions().IsMatch(pattern));

    [GeneratedRegex(@"^\(\?[imnsx-]+\)\^")]
    private static partial Regex AnchorAfterOptions();
}

/// <summary>A whole-line list plus combined patterns; <see cref="Matches"/> is true if either hits.</summary>
public sealed class LinePatterns
{
    private readonly HashSet<string> _lines;
    private readonly GatedRegex[] _patterns;
    private ulong _bit;

    public LinePatterns(IEnumerable<string> lines, GatedRegex[] patterns)
    {
        _lines = new HashSet<string>(lines.Select(LineText.Key), StringComparer.Ordinal);
        _patterns = patterns;
    }

    public bool IsEmpty => _lines.Count == 0 && _patterns.Length == 0;

    /// <param name="key">The line's <see cref="LineText.Key"/>.</param>
    /// <param name="text">The trimmed line.</param>
    public bool Matches(string key, string text) => _lines.Contains(key) || MatchesTail(text);

    /// <param name="listed">The line's entry in <see cref="RuleSet.Listed"/>.</param>
    /// <param name="text">The trimmed line.</param>
    /// <param name="gates">The text's entry in <see cref="RuleSet.Gates"/>.</param>
    public bool Matches(ListMask listed, string text, LineGates gates) => IsListed(listed) || MatchesTail(text, gates);

    public bool MatchesLine(string key) => _lines.Contains(key);

    internal IReadOnlyList<GatedRegex> Patterns => _patterns;

    /// <summary>The union of this list's patterns' bits in <see cref="RuleSet.Gates"/>.</summary>
    internal UInt128 GateBits { get; set; } = LineGateIndex.SharedBit;

    public bool IsListed(ListMask listed) =>
        _bit != 0 ? (listed.Bits & _bit) != 0 : throw new InvalidOperationException("this list is not in the rule set's whole-line index");

    internal IEnumerable<string> Keys => _lines;

    /// <summary>This list's bit in <see cref="WholeLineIndex"/>; given once, when the index is built.</summary>
    internal void AssignBit(int position) => _bit = 1UL << position;

    /// <summary>Pattern test on a span (the lists are not consulted): used for end-anchored credit patterns on a line's tail.</summary>
    public bool MatchesTail(ReadOnlySpan<char> tail) => MatchesTail(tail, LineGates.All);

    /// <summary>As <see cref="MatchesTail(ReadOnlySpan{char})"/>, trying only the patterns <paramref name="gates"/> (the span's own) admits.</summary>
    public bool MatchesTail(ReadOnlySpan<char> tail, LineGates gates)
    {
        if (!gates.Admit(GateBits))
        {
            return false;
        }

        foreach (var pattern in _patterns)
        {
            if (gates.Admit(pattern) && pattern.IsMatch(tail))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the leftmost pattern match in <paramref name="text"/> starts, or -1 (the lists are not consulted).</summary>
    public int FirstMatchIndex(ReadOnlySpan<char> text) => FirstMatchIndex(text, LineGates.All);

    /// <summary>As <see cref="FirstMatchIndex(ReadOnlySpan{char})"/>, trying only the patterns <paramref name="gates"/> (the span's own) admits.</summary>
    public int FirstMatchIndex(ReadOnlySpan<char> text, LineGates gates)
    {
        if (!gates.Admit(GateBits))
        {
            return -1;
        }

        var first = -1;
        foreach (var pattern in _patterns)
        {
            if (!gates.Admit(pattern))
            {
                continue;
            }

            var at = pattern.FirstIndex(text);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }
}

/// <summary>Which whole-line lists hold a line: one bit per list.</summary>
public readonly record struct ListMask(ulong Bits);

/// <summary>
/// The whole-line lists of every kind in one table keyed by <see cref="LineText.Key"/>, so a line is hashed once
/// rather than once per list (a dozen lists are consulted for most short lines).
/// </summary>
public sealed class WholeLineIndex
{
    private readonly Dictionary<string, ulong> _lists;

    // Listed lines are labels and short phrases: a paragraph longer than all of them is not hashed at all.
    private readonly int _longestKey;

    private WholeLineIndex(Dictionary<string, ulong> lists)
    {
        _lists = lists;
        _longestKey = lists.Keys.Select(key => key.Length).DefaultIfEmpty(0).Max();
    }

    public ListMask Lookup(string key) => key.Length > _longestKey ? default : new(_lists.GetValueOrDefault(key));

    internal static WholeLineIndex Build(IReadOnlyList<LinePatterns> lists)
    {
        if (lists.Count > 64)
        {
            throw new InvalidOperationException("at most 64 whole-line lists fit the index");
        }

        var index = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            lists[i].AssignBit(i);
            foreach (var key in lists[i].Keys)
            {
                index[key] = index.GetValueOrDefault(key) | (1UL << i);
            }
        }

        return new WholeLineIndex(index);
    }
}
