using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Lines;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// Cuts a dump into stories. A story starts at a headline that the page marks as one: repeated within a few
/// lines (text renders print the headline in the page header, the article header and share widgets), with
/// story metadata (dates, bylines, read-time and share widgets) under it or, failing that, right above it,
/// opened by an outlet's story marker, prefixed with a date, or preceded by a long blank gap. Several such
/// signals must agree (<c>split.strongAnchorScore</c>). A candidate whose stretch holds too little prose (a
/// "Most Read" teaser that repeats its headline) is not a story; its lines stay with the story before it,
/// where the clean stage removes them.
/// When no headline is marked, the first story runs from the headline-like line just above the first
/// substantial prose. After the first story, a headline laid out like a story's (metadata beside it or a
/// long blank gap before it, prose under it) that heads an article's worth of prose starts another.
/// </summary>
public sealed class SplitStoriesStage
{
    private const double RepeatScore = 1.5;
    private const double FirstMetadataScore = 1.5;
    private const double FurtherMetadataScore = 0.5;
    private const double MarkerScore = 1.0;
    private const double DatePrefixScore = 1.5;
    private const double GapScore = 0.5;
    // How far above the first paragraph the headline is looked for, in lines that are not blank.
    private const int TitleLookBackLines = 8;
    private const int ListingMinRecords = 3;

    // One paragraph under a headline is a teaser's excerpt; an article has more.
    private const int ArticleMinParagraphs = 2;

    // A caption, a section label and blank lines: how far above the headline a lead picture is looked for.
    private const int LeadPictureLookBackLines = 4;

    private readonly SplitSettings _settings;
    private readonly LineAnalyzer _analyzer;
    private readonly LineShape _shape;
    private readonly ChromeCounter _chrome;
    private readonly RuleSet _rules;
    private readonly int _menuItemMaxWords;
    private readonly HashSet<string> _stopwords;

    public SplitStoriesStage(CleanerConfig config)
    {
        _settings = config.Settings.Split;
        _analyzer = new LineAnalyzer(config.Rules);
        _shape = new LineShape(config.Settings);
        _chrome = new ChromeCounter(config.Settings);
        _rules = config.Rules;
        _menuItemMaxWords = config.Settings.Clean.MenuItemMaxWords;
        _stopwords = new HashSet<string>(config.Languages.Stopwords.Values.SelectMany(words => words), StringComparer.OrdinalIgnoreCase);
    }

    public SplitResult Split(SourceDocument source)
    {
        if (source.Html is { } page)
        {
            var blocks = new AnalyzedDocument(source, _analyzer.AnalyzeShapes(source.Lines));
            return new SplitResult(blocks, HtmlStories.Drafts(blocks, page), new Dictionary<string, int>());
        }

        var lines = _analyzer.Analyze(source.Lines);
        var document = new AnalyzedDocument(source, lines);

        var repeats = RepeatedHeadlines(lines);
        var starts = StrongAnchors(lines, repeats).ConvertAll(title => AtHeadline(lines, title));
        if (starts.Count == 0 && FirstProseStart(lines, repeats) is { } first)
        {
            starts.Add(first);
        }

        if (starts.Count > 0)
        {
            starts[0] = WithLeadPictureAbove(lines, WithHeadlineAboveStandfirst(lines, repeats, starts[0]));
            starts = WithFollowOnStarts(lines, repeats, starts);
        }

        var stories = Drafts(document, starts);
        var chromeEnd = stories.Count > 0 ? stories[0].FirstLine : lines.Count;
        return new SplitResult(document, stories, _chrome.Count(lines, 0, chromeEnd));
    }

    private List<int> StrongAnchors(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats)
    {
        var candidates = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsCandidate(lines, repeats, i) && AnchorScore(lines, i, repeats.IsRepeated(i)) >= _settings.StrongAnchorScore)
            {
                candidates.Add(i);
            }
        }

        var accepted = new List<int>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var end = k + 1 < candidates.Count ? candidates[k + 1] : lines.Count;
            if (Prose(lines, candidates[k] + 1, end).Words >= _settings.MinStoryWords)
            {
                accepted.Add(candidates[k]);
            }
        }

        return accepted;
    }

    private bool IsCandidate(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats, int i) =>
        !lines[i].IsBullet && _shape.IsHeadline(lines[i]) && !repeats.IsLaterOccurrence(i);

    /// <summary>
    /// Once a story is known, a later headline laid out the way stories are — a date or byline under it or
    /// right above it, or a long blank gap before it — with prose right under it starts another story, if
    /// what it heads reads as an article (<c>split.minWeakStoryWords</c> in at least two paragraphs): a blog
    /// archive or a live page prints its items that way without repeating headlines. Menu-sized lines
    /// ("Share on Pinterest") never head a story this way.
    /// </summary>
    private List<StoryStart> WithFollowOnStarts(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats, List<StoryStart> starts)
    {
        var followOns = FollowOnCandidates(lines, repeats, starts);
        if (followOns.Count == 0)
        {
            return starts;
        }

        var merged = new List<StoryStart>(starts);
        merged.AddRange(followOns);
        merged.Sort((a, b) => a.FirstLine.CompareTo(b.FirstLine));

        // Backwards, so each candidate's stretch ends at the next start actually kept.
        var kept = new List<StoryStart>();
        var end = lines.Count;
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var start = merged[k];
            if (!followOns.Contains(start) || IsArticle(Prose(lines, start.TitleLine!.Value + 1, end)))
            {
                kept.Add(start);
                end = start.FirstLine;
            }
        }

        kept.Reverse();
        return kept;
    }

    private List<StoryStart> FollowOnCandidates(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats, List<StoryStart> starts)
    {
        var taken = new HashSet<int>();
        foreach (var start in starts)
        {
            taken.Add(start.TitleLine ?? start.FirstLine);
        }

        // Only past the first story's first paragraph: its standfirst may look like a headline of its own.
        var after = starts[0].TitleLine ?? starts[0].FirstLine;
        while (after < lines.Count && !_shape.IsProse(lines[after]))
        {
            after++;
        }

        var candidates = new List<StoryStart>();
        for (var i = after + 1; i < lines.Count; i++)
        {
            if (!taken.Contains(i) && IsCandidate(lines, repeats, i) && lines[i].Words > _menuItemMaxWords
                && HasStoryLayout(lines, i) && HeadsProse(lines, i))
            {
                candidates.Add(AtHeadline(lines, i));
            }
        }

        return candidates;
    }

    /// <summary>
    /// An unpunctuated standfirst under the headline looks like a headline too, and the byline under it makes it
    /// the anchor. When the first story's title reads as a sentence (not in title case) and has, right above it,
    /// a shorter headline-like line that is not a menu item, not in capitals and has no text above it, that line
    /// is the headline and the title line its standfirst.
    /// </summary>
    private StoryStart WithHeadlineAboveStandfirst(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats, StoryStart start)
    {
        if (start.TitleLine is not { } title || repeats.IsRepeated(title) || start.FirstLine != title || LineText.IsTitleCase(lines[title].Text))
        {
            return start;
        }

        var above = title - 1;
        while (above >= 0 && lines[above].IsBlank && title - above <= _settings.BlankGapLines)
        {
            above--;
        }

        if (above < 0 || lines[above].IsBlank || !IsCandidate(lines, repeats, above)
            || lines[above].Words <= _menuItemMaxWords || lines[above].Words >= lines[title].Words
            || IsAllCapitals(lines[above].Text) || IsMenuRow(lines[above].Text))
        {
            return start;
        }

        for (var j = above - 1; j >= 0; j--)
        {
            if (_shape.IsProse(lines[j]))
            {
                return start;
            }
        }

        return new StoryStart(above, above);
    }

    // A line whose letters are all capitals ("REGISTER FOR THE WEBINAR") shouts: a banner or kicker over the
    // headline, not the headline over a standfirst.
    private const double CapitalsMinShare = 0.99;

    private static bool IsAllCapitals(string text) => LineText.UppercaseShare(text) >= CapitalsMinShare;

    // A headline this long has a small word in it ("to", "of", "the"), capitalized or not.
    private const int MenuRowMinWords = 6;

    /// <summary>
    /// A row of section names set on one line ("News Sport Business Views Life Property Motors"): capitalized words,
    /// none of them a stopword. A navigation bar over the headline, not a headline over a standfirst.
    /// </summary>
    private bool IsMenuRow(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MenuRowMinWords && words.All(word => char.IsUpper(word[0]) && !_stopwords.Contains(word.Trim(',', '.', ':')));
    }

    /// <summary>
    /// The lead picture's caption printed above the first headline, with at most a section label between,
    /// belongs to the first story.
    /// </summary>
    private StoryStart WithLeadPictureAbove(IReadOnlyList<AnalyzedLine> lines, StoryStart start)
    {
        var first = start.FirstLine;
        for (var j = start.FirstLine - 1; j >= 0 && start.FirstLine - j <= LeadPictureLookBackLines; j--)
        {
            var line = lines[j];
            if (LineCues.IsPicture(line.Cue))
            {
                first = j;
            }
            else if (!line.IsBlank && (line.Cue != LineCue.None || line.Words > _menuItemMaxWords))
            {
                break;
            }
        }

        return start with { FirstLine = first };
    }

    private bool IsArticle(ProseStretch prose) =>
        prose.Words >= _settings.MinWeakStoryWords && prose.Lines >= ArticleMinParagraphs;

    private bool HasStoryLayout(IReadOnlyList<AnalyzedLine> lines, int index) =>
        MetadataBelow(lines, index) || MetadataAbove(lines, index) is not null || BlankLinesBefore(lines, index) >= _settings.BlankGapLines;

    /// <summary>The line under a headline, past captions and its metadata, is a paragraph.</summary>
    private bool HeadsProse(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var end = Math.Min(lines.Count, index + 1 + _settings.MetadataWindowLines);
        for (var j = index + 1; j < end; j++)
        {
            var line = lines[j];
            if (line.IsBlank || LineCues.IsPicture(line.Cue) || LineCues.IsStoryMetadata(line.Cue))
            {
                continue;
            }

            return _shape.IsProse(line);
        }

        return false;
    }

    /// <summary>
    /// A story opened at a headline also takes the date or byline printed right above it, when it has none under it
    /// but a relative date ("46 minutes ago"): that says how old the page was when it was read, and a blog that
    /// reprints a story keeps it under its own date above the headline.
    /// </summary>
    private StoryStart AtHeadline(IReadOnlyList<AnalyzedLine> lines, int title) =>
        new(MetadataUnder(lines, title) is { Kinds: 0 } or { OnlyRelativeDates: true } && MetadataAbove(lines, title) is { } above ? above : title, title);

    private static List<StoryDraft> Drafts(AnalyzedDocument document, List<StoryStart> starts)
    {
        var stories = new List<StoryDraft>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].FirstLine : document.Lines.Count;
            stories.Add(new StoryDraft(document, k + 1, starts.Count, starts[k].FirstLine, end, starts[k].TitleLine));
        }

        return stories;
    }

    private double AnchorScore(IReadOnlyList<AnalyzedLine> lines, int index, bool repeated)
    {
        var score = repeated ? RepeatScore : 0;
        if (lines[index].PrefixDate is not null && lines[index].Words > _menuItemMaxWords && !HeadlineWithMetadataUnder(lines, index))
        {
            score += DatePrefixScore;
        }

        if (BlankGapBefore(lines, index))
        {
            score += GapScore;
        }

        var (kinds, marker, _) = MetadataUnder(lines, index);
        if (kinds == 0 && MetadataAbove(lines, index) is not null && HeadsProse(lines, index))
        {
            kinds = 1;
        }

        if (kinds > 0)
        {
            score += FirstMetadataScore + (FurtherMetadataScore * (kinds - 1));
        }

        return marker ? score + MarkerScore : score;
    }

    private bool MetadataBelow(IReadOnlyList<AnalyzedLine> lines, int index) => MetadataUnder(lines, index).Kinds > 0;

    /// <summary>
    /// The next line is a headline with its byline or date under it. The scraper's date prefix stands on the
    /// page's first line, which may be a banner or promo above the article; metadata belongs to the nearest
    /// headline, so the prefix does not make this line the story's headline.
    /// </summary>
    private bool HeadlineWithMetadataUnder(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].IsBlank && next - index <= _settings.BlankGapLines)
        {
            next++;
        }

        return next < lines.Count && !lines[next].IsBlank && !lines[next].IsBullet && _shape.IsHeadline(lines[next])
            && lines[next].Words > _menuItemMaxWords && !LineShape.IsSameHeadline(lines[next], lines[index])
            && MetadataBelow(lines, next);
    }

    /// <summary>
    /// How many kinds of story metadata sit under a headline, and whether an outlet's story marker does.
    /// Metadata belongs to the nearest headline: the window stops at prose or at another headline, and a bare
    /// date between two headlines belongs to the lower one when prose follows that one (a blog archive dates
    /// each post above its title). A byline stays with the headline above it: the line under it is a standfirst.
    /// </summary>
    /// <returns>Also whether every metadata line found is a relative date ("46 minutes ago").</returns>
    private (int Kinds, bool Marker, bool OnlyRelativeDates) MetadataUnder(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var seen = new HashSet<LineCue>();
        var marker = false;
        var onlyRelative = true;
        var end = Math.Min(lines.Count, index + 1 + _settings.MetadataWindowLines);
        for (var j = index + 1; j < end; j++)
        {
            var line = lines[j];
            if (_shape.IsProse(line))
            {
                break;
            }

            if (_shape.IsHeadline(line) && !LineShape.IsSameHeadline(line, lines[index]) && !line.IsBullet)
            {
                if (seen.All(LineCues.IsDate) && HeadsProse(lines, j))
                {
                    seen.Clear();
                }

                break;
            }

            if (line.Cue == LineCue.StoryMarker)
            {
                marker = true;
            }
            else if (LineCues.IsStoryMetadata(line.Cue))
            {
                seen.Add(LineCues.IsDate(line.Cue) ? LineCue.BareDate : line.Cue);
                onlyRelative = onlyRelative && LineCues.IsDate(line.Cue) && line.Parts.All(part => DateParser.IsRelative(part.Value));
            }
        }

        return (seen.Count, marker, seen.Count > 0 && onlyRelative);
    }

    /// <summary>
    /// The topmost of the date and byline lines printed right above a headline (blank lines between allowed,
    /// up to <c>split.blankGapLines</c>), or null. Widgets do not count: a share bar closes the story before;
    /// nor do "Published on …" / "Updated …" lines, which follow the text they date.
    /// </summary>
    private int? MetadataAbove(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        int? top = null;
        var blanks = 0;
        for (var j = index - 1; j >= 0; j--)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                if (++blanks > _settings.BlankGapLines)
                {
                    break;
                }

                continue;
            }

            if (line.Cue is not (LineCue.BareDate or LineCue.Byline or LineCue.SourceLine))
            {
                break;
            }

            top = j;
            blanks = 0;
        }

        return top;
    }

    private bool BlankGapBefore(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var blanks = BlankLinesBefore(lines, index);
        return blanks == index || blanks >= _settings.BlankGapLines;
    }

    private static int BlankLinesBefore(IReadOnlyList<AnalyzedLine> lines, int index)
    {
        var blanks = 0;
        for (var j = index - 1; j >= 0 && lines[j].IsBlank; j--)
        {
            blanks++;
        }

        return blanks;
    }

    /// <summary>Prose in [start, end), not counting lines that repeat (captions, headlines) or ticker flashes.</summary>
    private ProseStretch Prose(IReadOnlyList<AnalyzedLine> lines, int start, int end)
    {
        var inTicker = false;
        using var seen = new KeyTally(lines, start, end, blankLines: false);
        int words = 0, paragraphs = 0;
        for (var j = start; j < end; j++)
        {
            // A ticker is a run of one-line flashes under its heading, ended by a blank line.
            inTicker = lines[j].Cue == LineCue.TickerHeading || (inTicker && !lines[j].IsBlank);
            if (!inTicker && _shape.IsProse(lines[j]) && seen.Of(lines[j]) == 1)
            {
                words += lines[j].Words;
                paragraphs++;
            }
        }

        return new ProseStretch(words, paragraphs);
    }

    /// <summary>
    /// Headline-sized lines printed again within the window, word for word or with a few words of widget
    /// residue after them ("… market turmoil 150 150 admin").
    /// </summary>
    private RepeatIndex RepeatedHeadlines(IReadOnlyList<AnalyzedLine> lines)
    {
        var index = new RepeatIndex();
        var lastSeen = new Dictionary<int, int>();
        var recent = new Queue<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Words < _settings.HeadlineMinWords || line.Words > _settings.HeadlineMaxWords)
            {
                continue;
            }

            while (recent.Count > 0 && i - recent.Peek() > _settings.RepeatWindowLines)
            {
                recent.Dequeue();
            }

            if (lastSeen.TryGetValue(line.KeyId, out var previous) && i - previous <= _settings.RepeatWindowLines)
            {
                index.Link(previous, i);
            }
            else if (FirstReprinted(lines, recent, line) is { } original)
            {
                index.Link(original, i);
            }

            lastSeen[line.KeyId] = i;
            recent.Enqueue(i);
        }

        return index;
    }

    private static int? FirstReprinted(IReadOnlyList<AnalyzedLine> lines, Queue<int> recent, AnalyzedLine line)
    {
        foreach (var j in recent)
        {
            if (LineShape.IsReprintWithResidue(line, lines[j]))
            {
                return j;
            }
        }

        return null;
    }


    /// <summary>
    /// No headline is marked: the story starts at the headline-like line above the first substantial
    /// paragraph (ticker flashes and title-cased sentences, which are headlines, are not paragraphs). Without such
    /// a headline, only a paragraph opening with a dateline ("CITY (Agency) -") shows a story rather than a listing. A headline with metadata under it, or
    /// a dateline, vouches for a short story; otherwise more prose is needed.
    /// </summary>
    private StoryStart? FirstProseStart(IReadOnlyList<AnalyzedLine> lines, RepeatIndex repeats)
    {
        var inTicker = false;
        for (var i = 0; i < lines.Count; i++)
        {
            inTicker = lines[i].Cue == LineCue.TickerHeading || (inTicker && !lines[i].IsBlank);
            if (inTicker || !_shape.IsProse(lines[i]) || lines[i].Words < _settings.HeadlineMaxWords / 3 || _shape.IsTitleCaseHeadline(lines[i]))
            {
                continue;
            }

            var title = TitleAbove(lines, i, out var metadataBetween) is { } above ? repeats.FirstPrinting(above) : (int?)null;
            var dateline = OpensWithDateline(lines[i]);
            if (IsListing(lines, i))
            {
                return null;
            }

            var needed = metadataBetween || dateline ? _settings.MinStoryWords : _settings.MinWeakStoryWords;
            if (Prose(lines, i, lines.Count).Words < needed)
            {
                return null;
            }

            return title is { } t ? AtHeadline(lines, t) : new StoryStart(MetadataAbove(lines, i) ?? i, null);
        }

        return null;
    }

    // Paragraphs of text enough to make a teaser box under them the article's own, not more records of a listing.
    private const int ListingStopProseLines = 2;

    /// <summary>
    /// A listing page alternates short records — a date, a headline, an excerpt — instead of running
    /// paragraphs: many date lines or headlines against few paragraphs. Headlines after the last paragraph count
    /// only when an excerpt follows them: a block of bare headlines after the text ("More Stories") is the
    /// article's teaser list, not a sign that the page is a listing, and nothing after a teaser or related heading
    /// that follows paragraphs of text counts.
    /// </summary>
    private bool IsListing(IReadOnlyList<AnalyzedLine> lines, int start)
    {
        var lastProse = start;
        for (var j = lines.Count - 1; j > start; j--)
        {
            if (_shape.IsProse(lines[j]))
            {
                lastProse = j;
                break;
            }
        }

        int dates = 0, headlines = 0, prose = 0;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];

            // A "Related articles" box after the text lists other stories, not this page's records.
            if (prose >= ListingStopProseLines && line.Cue is LineCue.TeaserHeading or LineCue.RelatedHeading)
            {
                break;
            }

            if (LineCues.IsDate(line.Cue))
            {
                dates++;
            }
            else if (_shape.IsProse(line))
            {
                prose++;
            }
            else if (!line.IsBullet && _shape.IsHeadline(line) && (j < lastProse || HeadsExcerpt(lines, j)))
            {
                headlines++;
            }
        }

        return (dates >= ListingMinRecords && dates * 2 >= prose) || (headlines >= ListingMinRecords && headlines * 2 >= prose);
    }

    /// <summary>The next line that is not blank reads as prose or as a teaser's excerpt.</summary>
    private bool HeadsExcerpt(IReadOnlyList<AnalyzedLine> lines, int index) =>
        NonBlankLines.After(lines, index, lines.Count) is { } next && (_shape.IsProse(lines[next]) || lines[next].Cue == LineCue.TeaserExcerpt);

    private bool OpensWithDateline(AnalyzedLine line) => _rules.DatelineOf(line.Text) is not null;

    /// <summary>
    /// The headline-like line above the first paragraph, skipping datelines, metadata, captions, widgets,
    /// contact lines and a standfirst.
    /// </summary>
    private int? TitleAbove(IReadOnlyList<AnalyzedLine> lines, int firstProse, out bool metadataBetween)
    {
        metadataBetween = false;
        var skippedProse = false;
        int? twin = null;
        var looked = 0;
        for (var j = firstProse - 1; j >= 0 && looked < TitleLookBackLines; j--)
        {
            var line = lines[j];
            looked += line.IsBlank ? 0 : 1;
            if (LineCues.IsStoryMetadata(line.Cue))
            {
                metadataBetween |= LineCues.IsDescriptive(line.Cue);
                continue;
            }

            // A headline printed twice in a row reads as a caption; it is the title only if nothing else is.
            if (twin is null && IsUpperTwin(lines, j) && _shape.HasHeadlineShape(line))
            {
                twin = j;
                continue;
            }

            if (line.IsBlank || LineShape.IsDatelineAlone(line) || line.IsBullet
                || LineCues.IsPicture(line.Cue) || line.Cue is LineCue.StoryMarker or LineCue.Footer or LineCue.AppStore or LineCue.Placeholder)
            {
                continue;
            }

            // One standfirst may stand between headline and text.
            if (!skippedProse && !_shape.IsTitleCaseHeadline(line) && (_shape.IsProse(line) || (line.Words >= 8 && !_shape.IsHeadline(line))))
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

            return twin;
        }

        return twin;
    }

    private static bool IsUpperTwin(IReadOnlyList<AnalyzedLine> lines, int j) =>
        lines[j].Cue == LineCue.CaptionCredit && j + 1 < lines.Count && lines[j + 1].Key == lines[j].Key;

    /// <summary>Which lines repeat an earlier line within the window.</summary>
    private sealed class RepeatIndex
    {
        private readonly HashSet<int> _repeated = [];
        private readonly Dictionary<int, int> _firstPrinting = [];

        public void Link(int earlier, int later)
        {
            _repeated.Add(earlier);
            _repeated.Add(later);
            _firstPrinting[later] = FirstPrinting(earlier);
        }

        public bool IsRepeated(int line) => _repeated.Contains(line);

        public bool IsLaterOccurrence(int line) => _firstPrinting.ContainsKey(line);

        /// <summary>Where the headline on this line was first printed (the line itself when it is not a reprint).</summary>
        public int FirstPrinting(int line) => _firstPrinting.GetValueOrDefault(line, line);
    }

    /// <summary>Where a story's lines begin (a date printed above its headline, or the headline) and its headline.</summary>
    private readonly record struct StoryStart(int FirstLine, int? TitleLine);

    private readonly record struct ProseStretch(int Words, int Lines);
}
