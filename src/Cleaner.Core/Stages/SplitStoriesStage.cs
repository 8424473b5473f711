using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Lines;

namespace Cleaner.Core.Stages;

/// <summary>
/// Cuts a dump into stories. A story starts at a headline that the page marks as one: repeated within a few
/// lines (text renders print the headline in the page header, the article header and share widgets), followed
/// by story metadata (dates, bylines, read-time and share widgets), opened by an outlet's story marker, prefixed
/// with a date, or preceded by a long blank gap. Several such signals must agree (<c>split.strongAnchorScore</c>).
/// A candidate whose stretch holds too little prose (a "Most Read" teaser that repeats its headline) is not a
/// story; its lines stay with the story before it, where the clean stage removes them.
/// When no headline is marked, the single story runs from the headline-like line just above the first
/// substantial prose to the end.
/// </summary>
public sealed class SplitStoriesStage
{
    private const double RepeatScore = 1.5;
    private const double FirstMetadataScore = 1.5;
    private const double FurtherMetadataScore = 0.5;
    private const double MarkerScore = 1.0;
    private const double DatePrefixScore = 1.5;
    private const double GapScore = 0.5;
    private const int TitleLookBackLines = 8;
    private const int ListingMinRecords = 3;

    private readonly SplitSettings _settings;
    private readonly LineAnalyzer _analyzer;
    private readonly LineShape _shape;
    private readonly ChromeCounter _chrome;
    private readonly IReadOnlyList<System.Text.RegularExpressions.Regex> _datelines;

    public SplitStoriesStage(CleanerConfig config)
    {
        _settings = config.Settings.Split;
        _analyzer = new LineAnalyzer(config.Rules);
        _shape = new LineShape(config.Settings);
        _chrome = new ChromeCounter(config.Settings);
        _datelines = config.Rules.Datelines;
    }

    public SplitResult Split(SourceDocument source)
    {
        var lines = _analyzer.Analyze(source.Lines);
        var document = new AnalyzedDocument(source, lines);
        if (source.Html is { } page)
        {
            return new SplitResult(document, HtmlStories.Drafts(document, page), new Dictionary<string, int>());
        }

        var starts = StrongAnchors(lines);
        var stories = starts.Count > 0 ? FromAnchors(document, starts) : FromFirstProse(document);
        var chromeEnd = stories.Count > 0 ? stories[0].FirstLine : lines.Count;
        return new SplitResult(document, stories, _chrome.Count(lines, 0, chromeEnd));
    }

    private List<int> StrongAnchors(IReadOnlyList<AnalyzedLine> lines)
    {
        var repeats = RepeatedHeadlines(lines);
        var candidates = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBullet || !_shape.IsHeadline(line) || repeats.IsLaterOccurrence(i))
            {
                continue;
            }

            var score = AnchorScore(lines, i, repeats.IsRepeated(i));
            if (score >= _settings.StrongAnchorScore)
            {
                candidates.Add(i);
            }
        }

        var accepted = new List<int>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var end = k + 1 < candidates.Count ? candidates[k + 1] : lines.Count;
            if (ProseWords(lines, candidates[k] + 1, end) >= _settings.MinStoryWords)
            {
                accepted.Add(candidates[k]);
            }
        }

        return accepted;
    }

    private double AnchorScore(IReadOnlyList<AnalyzedLine> lines, int index, bool repeated)
    {
        var score = repeated ? RepeatScore : 0;
        if (lines[index].PrefixDate is not null)
        {
            score += DatePrefixScore;
        }

        if (BlankGapBefore(lines, index))
        {
            score += GapScore;
        }

        var seen = new HashSet<LineCue>();
        var marker = false;
        var end = Math.Min(lines.Count, index + 1 + _settings.MetadataWindowLines);
        for (var j = index + 1; j < end; j++)
        {
            var cue = lines[j].Cue;

            // Metadata belongs to the nearest headline above it: stop at prose or at another headline.
            if (_shape.IsProse(lines[j]) || (_shape.IsHeadline(lines[j]) && lines[j].Key != lines[index].Key && !lines[j].IsBullet))
            {
                break;
            }

            if (cue == LineCue.StoryMarker)
            {
                marker = true;
            }
            else if (LineCues.IsStoryMetadata(cue))
            {
                seen.Add(LineCues.IsDate(cue) ? LineCue.BareDate : cue);
            }
        }

        if (seen.Count > 0)
        {
            score += FirstMetadataScore + (FurtherMetadataScore * (seen.Count - 1));
        }

        return marker ? score + MarkerScore : score;
    }

    private bool BlankGapBefore(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var blanks = 0;
        for (var j = index - 1; j >= 0 && lines[j].IsBlank; j--)
        {
            blanks++;
        }

        return blanks == index || blanks >= _settings.BlankGapLines;
    }

    /// <summary>Words of prose in [start, end), not counting lines that repeat (captions, headlines) or ticker flashes.</summary>
    private int ProseWords(IReadOnlyList<AnalyzedLine> lines, int start, int end)
    {
        var inTicker = false;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = start; j < end; j++)
        {
            if (!lines[j].IsBlank)
            {
                seen[lines[j].Key] = seen.GetValueOrDefault(lines[j].Key) + 1;
            }
        }

        var words = 0;
        for (var j = start; j < end; j++)
        {
            // A ticker is a run of one-line flashes under its heading, ended by a blank line.
            inTicker = lines[j].Cue == LineCue.TickerHeading || (inTicker && !lines[j].IsBlank);
            if (!inTicker && _shape.IsProse(lines[j]) && seen[lines[j].Key] == 1)
            {
                words += lines[j].Words;
            }
        }

        return words;
    }

    private RepeatIndex RepeatedHeadlines(IReadOnlyList<AnalyzedLine> lines)
    {
        var index = new RepeatIndex();
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Words < _settings.HeadlineMinWords || line.Words > _settings.HeadlineMaxWords)
            {
                continue;
            }

            var key = line.Key;
            if (lastSeen.TryGetValue(key, out var previous) && i - previous <= _settings.RepeatWindowLines)
            {
                index.Link(previous, i);
            }

            lastSeen[key] = i;
        }

        return index;
    }

    private List<StoryDraft> FromAnchors(AnalyzedDocument document, List<int> starts)
    {
        var stories = new List<StoryDraft>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : document.Lines.Count;
            stories.Add(new StoryDraft(document, k + 1, starts.Count, starts[k], end, starts[k]));
        }

        return stories;
    }

    /// <summary>
    /// No headline is marked: the story starts at the headline-like line above the first substantial
    /// paragraph. Without such a headline, only a paragraph opening with a dateline ("CITY (Agency) -")
    /// shows a story rather than a listing. A headline with metadata under it, or a dateline, vouches for
    /// a short story; otherwise more prose is needed.
    /// </summary>
    private List<StoryDraft> FromFirstProse(AnalyzedDocument document)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!_shape.IsProse(lines[i]) || lines[i].Words < _settings.HeadlineMaxWords / 3)
            {
                continue;
            }

            var title = TitleAbove(lines, i, out var metadataBetween);
            var dateline = OpensWithDateline(lines[i]);
            if (IsListing(lines, i))
            {
                return [];
            }

            var needed = metadataBetween || dateline ? _settings.MinStoryWords : _settings.MinWeakStoryWords;
            return ProseWords(lines, i, lines.Count) >= needed
                ? [new StoryDraft(document, 1, 1, title ?? i, lines.Count, title)]
                : [];
        }

        return [];
    }

    /// <summary>
    /// A listing page alternates short records — a date, a headline, an excerpt — instead of running
    /// paragraphs: many date lines or headlines against few paragraphs.
    /// </summary>
    private bool IsListing(IReadOnlyList<AnalyzedLine> lines, int start)
    {
        int dates = 0, headlines = 0, prose = 0;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];
            if (LineCues.IsDate(line.Cue))
            {
                dates++;
            }
            else if (_shape.IsProse(line))
            {
                prose++;
            }
            else if (!line.IsBullet && _shape.IsHeadline(line))
            {
                headlines++;
            }
        }

        return (dates >= ListingMinRecords && dates * 2 >= prose) || (headlines >= ListingMinRecords && headlines * 2 >= prose);
    }

    private bool OpensWithDateline(AnalyzedLine line)
    {
        foreach (var pattern in _datelines)
        {
            if (pattern.IsMatch(line.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The headline-like line above the first paragraph, skipping datelines, metadata, captions, widgets,
    /// contact lines and a standfirst.
    /// </summary>
    private int? TitleAbove(IReadOnlyList<AnalyzedLine> lines, int firstProse, out bool metadataBetween)
    {
        metadataBetween = false;
        var skippedProse = false;
        for (var j = firstProse - 1; j >= 0 && j >= firstProse - TitleLookBackLines; j--)
        {
            var line = lines[j];
            if (LineCues.IsStoryMetadata(line.Cue))
            {
                metadataBetween |= line.Cue != LineCue.Share;
                continue;
            }

            if (line.IsBlank || LineShape.IsDatelineAlone(line) || line.IsBullet
                || line.Cue is LineCue.CaptionCredit or LineCue.CaptionLabel or LineCue.StoryMarker or LineCue.Footer or LineCue.AppStore)
            {
                continue;
            }

            // One standfirst may stand between headline and text.
            if (!skippedProse && (_shape.IsProse(line) || (line.Words >= 8 && !_shape.IsHeadline(line))))
            {
                skippedProse = true;
                continue;
            }

            if (_shape.IsHeadline(line))
            {
                return j;
            }

            // A name above an e-mail line, or a short label: keep looking.
            if (line.Words <= 4)
            {
                continue;
            }

            return null;
        }

        return null;
    }

    /// <summary>Which lines repeat an earlier line within the window.</summary>
    private sealed class RepeatIndex
    {
        private readonly HashSet<int> _repeated = [];
        private readonly HashSet<int> _later = [];

        public void Link(int earlier, int later)
        {
            _repeated.Add(earlier);
            _repeated.Add(later);
            _later.Add(later);
        }

        public bool IsRepeated(int line) => _repeated.Contains(line);

        public bool IsLaterOccurrence(int line) => _later.Contains(line);
    }
}
