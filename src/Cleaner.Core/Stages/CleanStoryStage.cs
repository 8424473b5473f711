using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Lines;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// Gives every line of a story a role. The story header (headline to first paragraph) holds metadata, captions,
/// highlight bullets, a standfirst and widgets; the body holds paragraphs with captions, "read more" links,
/// related boxes and summary lists mixed in; after the last paragraph come tags, teasers and footers.
/// Captions are recognized by their credits or by repeating; highlights by bullets or a summary heading.
/// A paragraph that repeats a highlight stays in the text.
/// </summary>
public sealed class CleanStoryStage(CleanerConfig config)
{
    private readonly CleanSettings _settings = config.Settings.Clean;
    private readonly LineShape _shape = new(config.Settings);
    private readonly RuleSet _rules = config.Rules;
    private readonly LinePatterns _signOffs = config.Rules.AgencySignOff;

    // An unpunctuated standfirst ("It happened near … Saturday") is still a sentence, not a label.
    private const int StandfirstMinWords = 8;

    // Headlines of the seed and reference pages run 5–20 words; a longer unpunctuated line is a paragraph.
    private const int TeaserHeadlineMaxWords = 20;

    public CleanedStory Clean(StoryDraft draft)
    {
        if (draft.Article is { } article)
        {
            return HtmlStories.Clean(draft, article);
        }

        var lines = draft.Document.Lines;
        var roles = new StoryRoles(lines, draft.FirstLine, draft.EndLine);
        var titleKey = TitleKey(draft);
        var summaryKeys = new HashSet<int>();
        using var repeats = new KeyTally(lines, draft.FirstLine, draft.EndLine, blankLines: true);
        var zone = Zone.None;
        var inBody = false;

        for (var i = draft.FirstLine; i < draft.EndLine; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                roles[i] = LineRole.Blank;
                zone = zone is Zone.Ticker or Zone.Appeal ? Zone.None : zone;
                continue;
            }


            if (i == draft.TitleLine)
            {
                roles[i] = LineRole.Title;
                continue;
            }

            if (draft.TitleLine is { } title && LineShape.IsSameHeadline(line, lines[title]))
            {
                roles[i] = LineRole.RepeatedHeadline;
                continue;
            }

            if (HeadingRole(line.Cue, inBody, ref zone) is { } heading)
            {
                roles[i] = heading;
                continue;
            }

            if (CueRoles.Removal(line.Cue) is { } removal)
            {
                roles[i] = removal;
                continue;
            }

            if (line.Cue == LineCue.TagLine)
            {
                roles[i] = LineRole.Tag;
                continue;
            }

            if (ZoneRole(lines, i, ref zone) is { } zoned)
            {
                roles[i] = zoned;
                if (zoned == LineRole.Summary)
                {
                    summaryKeys.Add(line.KeyId);
                }

                continue;
            }

            var role = inBody
                ? BodyRole(lines, i, draft.EndLine, repeats, summaryKeys)
                : HeaderRole(lines, roles, i, draft, repeats, titleKey);
            if (role == LineRole.Body)
            {
                inBody = true;
            }
            else if (role == LineRole.Summary)
            {
                summaryKeys.Add(line.KeyId);
            }

            roles[i] = role;
        }

        MarkTrailing(lines, roles, draft);
        return Build(draft, roles);
    }

    private enum Zone
    {
        None,
        Appeal,
        Teaser,
        Related,
        Ticker,
        Summary,
        Tags,
        Comments,
    }

    private static LineRole? HeadingRole(LineCue cue, bool inBody, ref Zone zone)
    {
        (zone, var role) = cue switch
        {
            // Reader comments follow the text and run to the end of the story, unless the article's paragraphs
            // resume; above the text the same line is a widget.
            LineCue.CommentHeading when inBody => (Zone.Comments, LineRole.Comment),
            LineCue.TeaserHeading => (Zone.Teaser, LineRole.Heading),
            LineCue.RelatedHeading => (Zone.Related, LineRole.Heading),
            LineCue.TickerHeading => (Zone.Ticker, LineRole.Ticker),
            LineCue.SummaryHeading => (Zone.Summary, LineRole.Heading),
            LineCue.TagHeading => (Zone.Tags, LineRole.Heading),
            LineCue.AppealHeading => (Zone.Appeal, LineRole.Appeal),
            _ => (zone, LineRole.Unassigned),
        };
        return role == LineRole.Unassigned ? null : role;
    }

    /// <summary>The role a line takes inside a zone opened by a heading, or null once the zone has ended.</summary>
    private LineRole? ZoneRole(IReadOnlyList<AnalyzedLine> lines, int i, ref Zone zone)
    {
        var line = lines[i];
        switch (zone)
        {
            case Zone.Ticker:
                return LineRole.Ticker;
            case Zone.Comments:
                // A comment count set among the paragraphs is a widget: the article goes on below it.
                if (ProseRunQualifies(lines, i))
                {
                    zone = Zone.None;
                    return null;
                }

                return LineRole.Comment;
            case Zone.Appeal:
                return LineRole.Appeal;
            // A teaser list's cards (headline, picture, excerpt) hold pictures; a related box inside the text may end at
            // the article's next picture.
            case Zone.Teaser when LineCues.IsPicture(line.Cue):
                return LineRole.Teaser;
            case Zone.Teaser or Zone.Related:
                if (!IsExcerptUnderTeaserHeadline(lines, i, zone) && ProseRunQualifies(lines, i))
                {
                    zone = Zone.None;
                    return null;
                }

                // Pictures inside a teaser box illustrate the teasers, not this story.
                return zone == Zone.Related ? LineRole.Related : LineRole.Teaser;
            case Zone.Summary when line.IsBullet:
                return LineRole.Summary;
            case Zone.Tags when line.Words <= _settings.TagMaxWords:
                return LineRole.Tag;
            case Zone.Summary or Zone.Tags:
                zone = Zone.None;
                return null;
            default:
                return null;
        }
    }

    private LineRole HeaderRole(IReadOnlyList<AnalyzedLine> lines, StoryRoles roles, int i, StoryDraft draft, KeyTally repeats, string? titleKey)
    {
        var line = lines[i];
        var end = draft.EndLine;
        if (LineCues.IsStoryMetadata(line.Cue) || line.Cue == LineCue.Byline)
        {
            return LineRole.Metadata;
        }

        if (line.Cue == LineCue.CaptionCredit || IsAboveBareCredit(lines, i, end))
        {
            return LineRole.Caption;
        }

        // Bullets under the headline are highlights, even when the text repeats them word for word.
        if (line.IsBullet)
        {
            return line.Words > _settings.MenuItemMaxWords ? LineRole.Summary : LineRole.Menu;
        }

        // A repeated line is a caption printed twice, unless it is a sentence of running text: a lead
        // printed once as standfirst and again as first paragraph.
        if (repeats.Of(line) > 1 && line.Words >= _settings.CaptionMinWords && !(line.EndsLikeSentence && _shape.IsProse(line)))
        {
            return LineRole.Caption;
        }

        if (IsAuthorAboveContact(lines, i, end))
        {
            return LineRole.Metadata;
        }

        // A place alone on its line dates the paragraph under it, unless that paragraph opens with a place of its own:
        // a page does not print its dateline twice, so the lone word is something else (a feature's or a section's name).
        if (LineShape.IsDatelineAlone(line) && NonBlankLines.After(lines, i, end) is { } next && _shape.IsProse(lines[next]) && !IsDatelineOpening(lines[next]))
        {
            return LineRole.Dateline;
        }

        if (_shape.IsProse(line) || line.Words >= StandfirstMinWords)
        {
            var underHeadline = draft.TitleLine is { } headline && NonBlankLines.Before(lines, i, draft.FirstLine) == headline;
            if (IsStandfirst(lines, i, end, titleKey, BylineOrDateAbove(lines, roles, draft.TitleLine ?? draft.FirstLine, i), underHeadline))
            {
                return LineRole.Summary;
            }

            if (_shape.IsProse(line))
            {
                return LineRole.Body;
            }
        }

        return line.Words <= _settings.MenuItemMaxWords ? LineRole.Menu : LineRole.PageChrome;
    }

    private LineRole BodyRole(IReadOnlyList<AnalyzedLine> lines, int i, int end, KeyTally repeats, HashSet<int> summaryKeys)
    {
        var line = lines[i];
        if (summaryKeys.Contains(line.KeyId))
        {
            return LineRole.Body;
        }

        // Date and byline lines below the text ("First Published on …", "By PTI") are page furniture.
        if (LineCues.IsDescriptive(line.Cue))
        {
            return LineRole.Metadata;
        }

        if (line.Cue == LineCue.CaptionCredit && IsAgencySignOff(lines, i, end))
        {
            return LineRole.Body;
        }

        if (line.Cue == LineCue.CaptionCredit
            || IsAboveBareCredit(lines, i, end)
            || (repeats.Of(line) > 1 && line.Words >= _settings.CaptionMinWords && !line.EndsLikeSentence)
            || (repeats.Of(line) > 1 && line.Words >= _settings.CaptionMinWords && !_shape.IsProse(line)))
        {
            return LineRole.Caption;
        }

        return LineRole.Body;
    }

    /// <summary>
    /// A short paragraph between the headline and the article's furniture is the standfirst: before the next
    /// paragraph comes a caption, the headline again, a byline or date block, or the same paragraph again
    /// (printed once as standfirst, once as lead), and nothing else that reads as prose. Under a byline or date
    /// a picture alone is not enough: there the text has begun, and a picture after its first paragraph is inline.
    /// </summary>
    /// <param name="underHeadline">True when nothing but blank lines stands between the headline and this line.</param>
    private bool IsStandfirst(IReadOnlyList<AnalyzedLine> lines, int i, int end, string? titleKey, bool bylineAbove, bool underHeadline)
    {
        var line = lines[i];
        if (line.Words > _settings.StandfirstMaxWords || line.Cue == LineCue.Credit || IsDatelineOpening(line))
        {
            return false;
        }

        bool sawPicture = false, sawFurniture = false;
        for (var j = i + 1; j < end; j++)
        {
            var next = lines[j];
            if (next.IsBlank)
            {
                continue;
            }

            if (LineCues.IsPicture(next.Cue))
            {
                sawPicture = true;
                continue;
            }

            if (next.Key == titleKey || next.Key == line.Key || LineCues.IsDescriptive(next.Cue))
            {
                sawPicture = sawFurniture = true;
                continue;
            }

            // Widgets and tag labels ("crash", "Email This Link") between the furniture say nothing.
            if (CueRoles.Removal(next.Cue) is not null || (!_shape.IsProse(next) && next.Words <= _settings.MenuItemMaxWords))
            {
                continue;
            }

            // Under the byline and date, the first paragraph comes before a picture in the text; a standfirst there
            // is set apart by more furniture (the headline reprinted by a share widget, the same line again). Right
            // under the headline, a paragraph followed by one that opens with a dateline ("JOHANNESBURG - …") is
            // the standfirst: the text starts at the dateline.
            return ((bylineAbove ? sawFurniture : sawPicture) || (underHeadline && IsDatelineOpening(next))) && _shape.IsProse(next);
        }

        return false;
    }

    /// <summary>A byline or date line (or an author's name over an e-mail address) stands between the headline and this line.</summary>
    private static bool BylineOrDateAbove(IReadOnlyList<AnalyzedLine> lines, StoryRoles roles, int headline, int i)
    {
        for (var j = headline + 1; j < i; j++)
        {
            if (LineCues.IsDescriptive(lines[j].Cue) || (roles[j] == LineRole.Metadata && lines[j].Cue == LineCue.None))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDatelineOpening(AnalyzedLine line) => _rules.DatelineOf(line.Text) is not null;

    /// <summary>
    /// A credit alone on the next line ("Photo: Oskar Lindholm", "(AP Photo/Jane Roe)") belongs to the picture
    /// whose caption is this line. A paragraph-length line is not a caption: in a dump without blank lines the
    /// credit may sit right under the text.
    /// </summary>
    private bool IsAboveBareCredit(IReadOnlyList<AnalyzedLine> lines, int i, int end) =>
        i + 1 < end && !lines[i].IsBlank && lines[i].Words < _settings.ProseMinWords && lines[i + 1].Cue == LineCue.PhotoCredit;

    /// <summary>
    /// A paragraph ending in a bare agency name ("… at least three days. (Reuters)") after which no paragraph
    /// follows is the wire's sign-off: the story's last paragraph, not a caption.
    /// </summary>
    private bool IsAgencySignOff(IReadOnlyList<AnalyzedLine> lines, int i, int end)
    {
        if (!_signOffs.MatchesTail(lines[i].Text))
        {
            return false;
        }

        for (var j = i + 1; j < end; j++)
        {
            if (_shape.IsProse(lines[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name alone on a line right above an e-mail address is the author ("Jane Doe" / "jdoe@paper.com").</summary>
    private static bool IsAuthorAboveContact(IReadOnlyList<AnalyzedLine> lines, int i, int end)
    {
        var line = lines[i];
        if (line.Words is < 2 or > 4 || line.EndsLikeSentence || line.Text.Any(char.IsDigit)
            || !line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])))
        {
            return false;
        }

        return NonBlankLines.After(lines, i, end) is { } next && lines[next].Text.Contains('@') && !lines[next].Text.Contains(' ');
    }

    /// <summary>
    /// In a teaser box, a paragraph set tight under a teaser's headline, with a blank line after it, is that
    /// teaser's excerpt. Pages that set every line tight are left alone: there the layout says nothing. In a teaser
    /// list, so is a paragraph under a card's headline and picture: headline, captioned picture, excerpt.
    /// </summary>
    private bool IsExcerptUnderTeaserHeadline(IReadOnlyList<AnalyzedLine> lines, int i, Zone zone) =>
        i > 0 && ((_shape.IsHeadline(lines[i - 1]) && (i + 1 == lines.Count || lines[i + 1].IsBlank))
            || (zone == Zone.Teaser && IsUnderTeaserCardPicture(lines, i)));

    private bool IsUnderTeaserCardPicture(IReadOnlyList<AnalyzedLine> lines, int i)
    {
        var j = i - 1;
        var pictures = 0;
        for (; j >= 0 && (lines[j].IsBlank || LineCues.IsPicture(lines[j].Cue)); j--)
        {
            pictures += lines[j].IsBlank ? 0 : 1;
        }

        return pictures > 0 && j >= 0 && _shape.IsHeadline(lines[j]);
    }

    /// <summary>Leaving a teaser box needs a real run of prose, not one teaser's excerpt.</summary>
    private bool ProseRunQualifies(IReadOnlyList<AnalyzedLine> lines, int start)
    {
        int words = 0, count = 0;
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsBlank || LineCues.IsPicture(line.Cue))
            {
                continue;
            }

            if (!_shape.IsProse(line))
            {
                break;
            }

            words += line.Words;
            count++;
            if (words >= _settings.TeaserExitProseWords && count >= _settings.TeaserExitProseLines)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After the last paragraph: a run of short bullet items is the tag list; other leftover short lines are
    /// teasers or widgets, not text.
    /// </summary>
    private void MarkTrailing(IReadOnlyList<AnalyzedLine> lines, StoryRoles roles, StoryDraft draft)
    {
        var lastProse = PreviousProse(lines, roles, draft.FirstLine, draft.EndLine);

        // The text may close with the author's contact line ("Follow Jane Roe on Twitter @jroe. Call her at …"),
        // too long to be told by its cue: the footer patterns decide it here, whatever its length.
        while (lastProse >= 0 && _rules.Footer.MatchesTail(lines[lastProse].Text))
        {
            roles[lastProse] = LineRole.Footer;
            lastProse = PreviousProse(lines, roles, draft.FirstLine, lastProse);
        }

        if (lastProse < 0)
        {
            return;
        }

        if (CutOffTail(lines, roles, draft, lastProse) is { } tail)
        {
            lastProse = tail;
        }

        var tagRun = new List<int>();
        var tagsOpen = true;
        for (var i = lastProse + 1; i < draft.EndLine; i++)
        {
            var line = lines[i];
            if (roles[i] != LineRole.Body)
            {
                tagsOpen &= roles[i] == LineRole.Blank;
                continue;
            }

            if (tagsOpen && line.IsBullet && line.Words <= _settings.TagMaxWords)
            {
                tagRun.Add(i);
                continue;
            }

            tagsOpen = false;
            roles[i] = IsTrailingText(line) ? roles[i] : LineRole.Teaser;
        }

        foreach (var i in tagRun)
        {
            roles[i] = tagRun.Count >= _settings.TagRunMinLines ? LineRole.Tag : LineRole.Menu;
        }
    }

    /// <summary>The last line before <paramref name="before"/> that is a paragraph of the text, or -1.</summary>
    private int PreviousProse(IReadOnlyList<AnalyzedLine> lines, StoryRoles roles, int first, int before)
    {
        for (var i = before - 1; i >= first; i--)
        {
            if (roles[i] == LineRole.Body && _shape.IsProse(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A dump can stop in the middle of a sentence (the scraper kept only the start of the page). The document's
    /// last line, when it reads as a sentence cut short and comes right after the text (a picture or a subhead
    /// may stand between), is the text's last words, not a teaser: the line after which trailing lines are judged.
    /// </summary>
    private int? CutOffTail(IReadOnlyList<AnalyzedLine> lines, StoryRoles roles, StoryDraft draft, int lastProse)
    {
        var last = lines.Count - 1;
        while (last > lastProse && lines[last].IsBlank)
        {
            last--;
        }

        if (last <= lastProse || last >= draft.EndLine || roles[last] != LineRole.Body || !IsCutOffSentence(lines[last]))
        {
            return null;
        }

        // Where paragraphs are set apart by blank lines, so are the subhead and the cut-off paragraph; lines set
        // tight under each other there are a list of teasers.
        var spaced = lastProse > 0 && lines[lastProse - 1].IsBlank;
        if (spaced && !lines[last - 1].IsBlank)
        {
            return null;
        }

        var subheads = 0;
        for (var j = lastProse + 1; j < last; j++)
        {
            if (lines[j].IsBlank || roles[j] == LineRole.Caption)
            {
                continue;
            }

            if (roles[j] != LineRole.Body || !_shape.IsHeadline(lines[j]) || ++subheads > 1 || (spaced && !lines[j - 1].IsBlank))
            {
                return null;
            }
        }

        return last;
    }

    // A sentence cut short has its subject and verb: a few words at least.
    private const int CutOffSentenceMinWords = 4;

    /// <summary>
    /// Reads as the start of a sentence with its end missing: opens with a capital or a quote, stops on a word
    /// or a comma (no closing punctuation, no "…" of an excerpt, no colon of a label), and is not in title case
    /// or capitals as headlines and labels are.
    /// </summary>
    private static bool IsCutOffSentence(AnalyzedLine line)
    {
        var text = line.Text;
        if (line.Cue != LineCue.None || line.IsBullet || line.EndsLikeSentence || line.Words < CutOffSentenceMinWords)
        {
            return false;
        }

        var first = text[0];
        var last = text[^1];
        return (char.IsUpper(first) || first is '"' or '“' or '‘')
            && (char.IsLetterOrDigit(last) || last == ',')
            && text.Any(char.IsLower)
            && !LineText.IsTitleCase(text);
    }

    /// <summary>
    /// After the last paragraph, what still reads as text: a line longer than any headline (a paragraph cut off
    /// before its full stop) or a quote's attribution ("– Jane Roe, council spokesperson"); short and
    /// headline-like lines there are teasers.
    /// </summary>
    private bool IsTrailingText(AnalyzedLine line)
    {
        if (line.Text.Length > 2 && line.Text[0] is '–' or '—' && line.Text[1] == ' ' && char.IsUpper(line.Text[2]))
        {
            return true;
        }

        return line.Words > TeaserHeadlineMaxWords || !(_shape.IsHeadline(line) || line.Words <= _settings.MenuItemMaxWords);
    }

    private CleanedStory Build(StoryDraft draft, StoryRoles roles)
    {
        var lines = draft.Document.Lines;
        var paragraphs = new List<AnalyzedLine>();
        var summary = new UniqueTexts();
        var captions = new CaptionTexts();
        var tags = new UniqueTexts();
        var metadata = new List<AnalyzedLine>();
        string? dateline = null;
        var removed = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = draft.FirstLine; i < draft.EndLine; i++)
        {
            var line = lines[i];
            switch (roles[i])
            {
                case LineRole.Body:
                    paragraphs.Add(line);
                    break;
                case LineRole.Summary:
                    summary.Add(line.Text);
                    break;
                case LineRole.Caption when line.Cue is not (LineCue.CaptionLabel or LineCue.PhotoCredit):
                    captions.Add(line);
                    break;
                case LineRole.Tag when line.Cue == LineCue.TagLine:
                    foreach (var part in line.Parts)
                    {
                        tags.Add(part.Value);
                    }

                    break;
                case LineRole.Tag:
                    tags.Add(line.Text);
                    break;
                case LineRole.Metadata when line.Cue == LineCue.None:
                    metadata.Add(line.AsByline());
                    break;
                case LineRole.Metadata or LineRole.Title:
                    metadata.Add(line);
                    break;
                case LineRole.Dateline:
                    dateline ??= line.Text;
                    break;
            }

            if (LineRoles.IsBoilerplate(roles[i]) || roles[i] is LineRole.Caption or LineRole.Tag)
            {
                var kind = LineRoles.KindName(roles[i]);
                removed[kind] = removed.GetValueOrDefault(kind) + 1;
            }
        }

        var (title, titleByline) = draft.TitleLine is { } t ? _rules.SplitTitleByline(_rules.WithoutStamp(lines[t].Text)) : (null, null);
        return new CleanedStory(draft, roles.ToArray(), title, paragraphs, summary.Items, captions.Items, tags.Items, metadata, dateline, removed)
        {
            TitleByline = titleByline,
        };
    }

    private static string? TitleKey(StoryDraft draft) => draft.TitleLine is { } t ? draft.Document.Lines[t].Key : null;

    /// <summary>Roles indexed by absolute line number over a story's span.</summary>
    private sealed class StoryRoles(IReadOnlyList<AnalyzedLine> lines, int first, int end)
    {
        private readonly LineRole[] _roles = new LineRole[Math.Max(0, Math.Min(end, lines.Count) - first)];

        public LineRole this[int line]
        {
            get => _roles[line - first];
            set => _roles[line - first] = value;
        }

        public LineRole[] ToArray() => _roles;
    }

    /// <summary>
    /// A story's captions, each once: a caption printed again with other spacing or case is the same caption, and alt
    /// text followed by the caption that repeats it and adds more is that one caption, the longer text.
    /// </summary>
    private sealed class CaptionTexts
    {
        private readonly HashSet<int> _seenKeys = [];
        private readonly List<string> _items = [];

        public IReadOnlyList<string> Items => _items;

        public void Add(AnalyzedLine line)
        {
            if (!_seenKeys.Add(line.KeyId))
            {
                return;
            }

            if (_items.Count > 0 && LineText.RepeatsAndAddsTo(line.Text, _items[^1]))
            {
                _items[^1] = line.Text;
            }
            else if (_items.Count == 0 || !LineText.RepeatsAndAddsTo(_items[^1], line.Text))
            {
                _items.Add(line.Text);
            }
        }
    }

    /// <summary>Texts in first-seen order, each once.</summary>
    private sealed class UniqueTexts
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];

        public IReadOnlyList<string> Items => _items;

        public void Add(string text)
        {
            if (_seen.Add(text))
            {
                _items.Add(text);
            }
        }
    }
}
