using System.Buffers;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Lines;

/// <summary>
/// Gives each line its context-free features and cue from the boilerplate rules. Context (where the line
/// sits in a story) is decided later; this class only answers "what does this line look like".
/// </summary>
public sealed class LineAnalyzer(RuleSet rules)
{
    // Credits sit at the end of a caption; testing only the tail keeps long paragraphs cheap.
    private const int CaptionTailChars = 160;

    // Boilerplate lines are short; a long paragraph is only ever tested for a caption credit or a credit line.
    private const int MaxCueWords = 40;
    private const int MaxDateWords = 12;

    // Widgets, form labels, footers, source lines, bylines and credits are a few words; testing their
    // patterns only on short lines keeps the cost of ordinary paragraphs down.
    private const int MaxWidgetWords = 15;
    private const int MaxCreditWords = 20;

    private static readonly char[] MetadataSeparators = ['|', '•', '·'];
    private static readonly char[] LinkSeparators = ['|', '•', '·'];

    // "Updated:", "Published on": compared without their colon, which the line may or may not have.
    private readonly string[] _updatedPrefixes = rules.UpdatedPrefixes.Select(p => p.TrimEnd(':')).ToArray();
    private readonly string[] _publishedPrefixes = rules.PublishedPrefixes.Select(p => p.TrimEnd(':')).ToArray();

    // Lists that decide a cue on their own, in the order they are consulted.
    private readonly (LinePatterns List, LineCue Cue)[] _listedCues =
    [
        (rules.RelatedHeading, LineCue.RelatedHeading), (rules.TeaserHeading, LineCue.TeaserHeading),
        (rules.TickerHeading, LineCue.TickerHeading), (rules.SummaryHeading, LineCue.SummaryHeading),
        (rules.TagHeading, LineCue.TagHeading), (rules.StoryMarker, LineCue.StoryMarker),
        (rules.TeaserLink, LineCue.TeaserLink), (rules.AppStore, LineCue.AppStore),
    ];

    // A link bar: at least four links of at most four words each (menu items, clean.menuItemMaxWords).
    private const int LinkBarMinLinks = 4;
    private const int LinkMaxWords = 4;

    // " Published ", " Updated ", …: where a name run together with its dates is cut; all searched for in one pass.
    private readonly SearchValues<string> _spacedDatePrefixes =
        SearchValues.Create(SpacedPrefixes(rules.UpdatedPrefixes.Concat(rules.PublishedPrefixes)), StringComparison.Ordinal);

    // A name (up to six words) and two dates with their prefixes and times.
    private const int NameWithDatesMaxWords = 2 * MaxDateWords;

    // A picture's alt text and caption print the same sentence on two lines in a row; a shorter twin is a
    // label or menu item (same floor as clean.captionMinWords).
    private const int TwinCaptionMinWords = 5;

    // "Please enable JavaScript": the shortest notice a page prints in place of its content.
    private const int NoticeMinWords = 3;

    // Notices of any length, the short ones listed as whole lines: one printed in place of the page ("JavaScript is
    // disabled in your web browser…") and an app promotion set among the paragraphs ("DOWNLOAD THE 9NEWS APP: …").
    private readonly (LinePatterns List, LineCue Cue)[] _noticeCues =
        [(rules.Placeholder, LineCue.Placeholder), (rules.AppStore, LineCue.AppStore)];

    public IReadOnlyList<AnalyzedLine> Analyze(IReadOnlyList<string> lines)
    {
        var result = new AnalyzedLine[lines.Count];
        var keyIds = new KeyNumbering(lines.Count);
        var seen = new SeenCues(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = Analyze(i, lines[i], seen, keyIds);
        }

        ApplyContextCues(result);
        return result;
    }

    /// <summary>
    /// Lines whose boilerplate was already judged elsewhere (an HTML page's extracted blocks): their shape only,
    /// every cue <see cref="LineCue.None"/>. Nothing downstream of an HTML page reads cues, and finding them is
    /// most of the cost of analysing a line.
    /// </summary>
    public IReadOnlyList<AnalyzedLine> AnalyzeShapes(IReadOnlyList<string> lines)
    {
        var result = new AnalyzedLine[lines.Count];
        var keyIds = new KeyNumbering(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = Analyze(i, lines[i], seen: null, keyIds);
        }

        return result;
    }

    /// <summary>One line on its own: its key is numbered as the only one of its document.</summary>
    public AnalyzedLine Analyze(int index, string raw) => Analyze(index, raw, new SeenCues(1), new KeyNumbering());

    /// <param name="seen">The cues of the document's lines so far; null to leave every cue <see cref="LineCue.None"/>.</param>
    private AnalyzedLine Analyze(int index, string raw, SeenCues? seen, KeyNumbering keyIds)
    {
        var text = LineText.StripBullet(raw);
        if (text.Length == 0)
        {
            return new AnalyzedLine
            {
                Index = index, Raw = raw, Text = "", Key = "", KeyId = keyIds.Of(""), Words = 0, IsBullet = false, EndsLikeSentence = false,
                Cue = LineCue.Blank,
            };
        }

        string? prefixDate = null;
        var gates = rules.Gates.For(text);
        if (DatePrefix(text, gates) is { } prefixed)
        {
            (prefixDate, text) = prefixed;
            gates = rules.Gates.For(text);
            if (text.Length == 0)
            {
                return new AnalyzedLine
                {
                    Index = index, Raw = raw, Text = "", Key = "", KeyId = keyIds.Of(""), Words = 0, IsBullet = false, EndsLikeSentence = false,
                    Cue = LineCue.Blank, PrefixDate = prefixDate,
                };
            }
        }

        var key = LineText.Key(text);
        var keyId = keyIds.Of(key);
        var words = LineText.CountWords(text);
        var (cue, parts) = (LineCue.None, (IReadOnlyList<MetadataPart>)[]);
        if (seen is not null && !seen.TryGet(keyId, text, out cue, out parts))
        {
            (cue, parts) = Classify(text, key, words, gates);
            seen.Add(keyId, text, cue, parts);
        }

        return new AnalyzedLine
        {
            Index = index,
            Raw = raw,
            Text = text,
            Key = key,
            KeyId = keyId,
            Words = words,
            IsBullet = LineText.IsBullet(raw),
            EndsLikeSentence = LineText.EndsLikeSentence(text),
            Cue = cue,
            Parts = parts,
            PrefixDate = prefixDate,
        };
    }

    private (string Date, string Remainder)? DatePrefix(string text, LineGates gates)
    {
        foreach (var prefix in rules.TitleDatePrefixes)
        {
            if (gates.Admit(prefix) && prefix.Match(text) is { Success: true } m)
            {
                return (m.Groups["date"].Value, m.Groups["title"].Value.Trim());
            }
        }

        return null;
    }

    private (LineCue Cue, IReadOnlyList<MetadataPart> Parts) Classify(string text, string key, int words, LineGates gates)
    {
        var listed = rules.Listed.Lookup(key);
        if (words <= MaxCueWords)
        {
            // "31 January 2018 - 11:37 By Natasha Marrian": a date and a byline run together. The date reader
            // would take the byline for trailing words, so the split is tried first.
            var by = text.IndexOf(" By ", StringComparison.Ordinal);
            if (by > 0 && MetadataSegments([text[..by], text[(by + 1)..]]) is { } dated)
            {
                return dated;
            }

            if (WithWidgetCut(text, gates) is { } beforeWidget)
            {
                return beforeWidget;
            }

            var whole = ClassifyShort(text, listed, words, gates);
            if (whole.Cue != LineCue.None)
            {
                return whole;
            }

            if (text.IndexOfAny(MetadataSeparators) >= 0 && MetadataSegments(MetadataSeparators, text) is { } segments)
            {
                return segments;
            }

            if (words <= NameWithDatesMaxWords && BylineWithDate(text) is { } bylineDated)
            {
                return bylineDated;
            }

            if (words <= NameWithDatesMaxWords && NameWithDates(text) is { } named)
            {
                return named;
            }

            if (IsLinkBar(text))
            {
                return (LineCue.LinkBar, []);
            }

            foreach (var credit in rules.Credits)
            {
                if (words <= MaxCreditWords && gates.Admit(credit) && credit.Match(text) is { Success: true } m)
                {
                    return (LineCue.Credit, [new MetadataPart(LineCue.Credit, m.Groups["name"].Value.Trim())]);
                }
            }
        }

        if (words >= NoticeMinWords)
        {
            foreach (var (list, cue) in _noticeCues)
            {
                if (list.MatchesTail(text, gates))
                {
                    return (cue, []);
                }
            }
        }

        if (rules.PhotoCredit.Matches(listed, text, gates))
        {
            return (LineCue.PhotoCredit, []);
        }

        if (rules.CaptionHead.Matches(listed, text, gates))
        {
            return (words <= 3 ? LineCue.CaptionLabel : LineCue.CaptionCredit, []);
        }

        var tail = text.Length > CaptionTailChars ? text.AsSpan(text.Length - CaptionTailChars) : text.AsSpan();
        // A credit that starts the line has no caption before it: the caption is the line above.
        var tailGates = tail.Length == text.Length ? gates : rules.Gates.For(tail);
        return rules.CaptionCredit.FirstMatchIndex(tail, tailGates) switch
        {
            < 0 => (LineCue.None, []),
            0 when tail.Length == text.Length => (LineCue.PhotoCredit, []),
            _ => (LineCue.CaptionCredit, []),
        };
    }

    /// <summary>
    /// "Published: 27th August 2018 10:16 PM | Last Updated: … | A+A-": a line of pieces that are each a date,
    /// a byline, a source or a widget is one metadata line with several parts.
    /// </summary>
    private (LineCue, IReadOnlyList<MetadataPart>)? MetadataSegments(char[] separators, string text) =>
        MetadataSegments(text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// "Agency, March 3, 2025 Adjust font size:": a header line that ends in a widget is read as two pieces, so
    /// the date or byline before the widget is not lost with it.
    /// </summary>
    private (LineCue, IReadOnlyList<MetadataPart>)? WithWidgetCut(string text, LineGates gates)
    {
        foreach (var tail in rules.WidgetTails)
        {
            if (gates.Admit(tail) && tail.FirstIndex(text) is > 0 and var at)
            {
                return MetadataSegments([text[..at], text[at..]]);
            }
        }

        return null;
    }

    /// <summary>
    /// A run of short links set on one line with separators ("About Us . Contact Us . Careers . Sitemap"):
    /// navigation, however the page spells its links.
    /// </summary>
    private static bool IsLinkBar(string text)
    {
        if (text.IndexOfAny(LinkSeparators) < 0 && !text.Contains(" . ", StringComparison.Ordinal))
        {
            return false;
        }

        var links = 0;
        foreach (var piece in text.Replace(" . ", "|", StringComparison.Ordinal).Split(LinkSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = LineText.CountWords(piece);
            if (words > LinkMaxWords)
            {
                return false;
            }

            links += words > 0 ? 1 : 0;
        }

        return links >= LinkBarMinLinks;
    }

    /// <summary>
    /// "The Newspaper's Staff Reporter Published October 6, 2025 Updated October 6, 2025 05:58am": a name run
    /// together with its dates, cut where a date prefix starts. The name becomes the byline.
    /// </summary>
    private (LineCue, IReadOnlyList<MetadataPart>)? NameWithDates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var cut = FirstDatePrefixAt(text);
        if (cut <= 0 || !LooksLikeName(text[..cut]))
        {
            return null;
        }

        var pieces = new List<string>();
        for (var rest = text[(cut + 1)..]; rest.Length > 0;)
        {
            var next = FirstDatePrefixAt(rest);
            pieces.Add(next > 0 ? rest[..next] : rest);
            rest = next > 0 ? rest[(next + 1)..] : "";
        }

        if (MetadataSegments(pieces) is not { } dates || !dates.Item2.All(part => LineCues.IsDate(part.Cue)))
        {
            return null;
        }

        return (LineCue.Byline, [new MetadataPart(LineCue.Byline, text[..cut].Trim()), .. dates.Item2]);
    }

    /// <summary>
    /// "By Jane Roe on April 17, 2016", "By Jane Roe - 3 March 2025": a byline with its date after a joining word
    /// or a dash. The line is cut at each joiner in turn, from the left, wherever the text before it could be a byline.
    /// </summary>
    private (LineCue, IReadOnlyList<MetadataPart>)? BylineWithDate(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        for (var from = 0; span[from..].IndexOfAny(BylineDateJoinerValues) is >= 0 and var found; from += found + 1)
        {
            var at = from + found;
            if (at == 0 || !rules.Gates.For(span[..at]).Admit(_bylineGateBits))
            {
                continue;
            }

            var date = text[(at + JoinerLengthAt(span[at..]))..];
            if (LooksLikeDate(date) && MetadataSegments([text[..at], date]) is { Item1: LineCue.Byline } dated)
            {
                return dated;
            }
        }

        return null;
    }

    private static int JoinerLengthAt(ReadOnlySpan<char> text)
    {
        foreach (var joiner in BylineDateJoiners)
        {
            if (text.StartsWith(joiner, StringComparison.Ordinal))
            {
                return joiner.Length;
            }
        }

        return 0;
    }

    private static readonly string[] BylineDateJoiners = [" on ", ", ", " - ", " – ", " — "];
    private static readonly SearchValues<string> BylineDateJoinerValues = SearchValues.Create(BylineDateJoiners, StringComparison.Ordinal);

    // Whether a text's two ends let any byline pattern match it: most cut points and line pairs fail here.
    private readonly UInt128 _bylineGateBits = rules.Bylines.Aggregate(UInt128.Zero, (bits, byline) => bits | byline.GateBit);

    /// <summary>Where the first " Published " / " Updated " (any date prefix, capitalized, between spaces) stands, or -1.</summary>
    private int FirstDatePrefixAt(string text) => text.AsSpan().IndexOfAny(_spacedDatePrefixes);

    /// <summary>
    /// The capitalized prefixes as searched for mid-line (" Published "), without those that contain a shorter
    /// one (" Updated on " is found by " Updated ").
    /// </summary>
    private static string[] SpacedPrefixes(IEnumerable<string> prefixes)
    {
        var spaced = prefixes
            .Select(prefix => prefix.TrimEnd(':'))
            .Where(word => word.Length > 0 && char.IsUpper(word[0]))
            .Select(word => " " + word + " ")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return spaced.Where(p => !spaced.Any(q => q != p && p.StartsWith(q, StringComparison.Ordinal))).ToArray();
    }

    /// <summary>Two to six capitalized words, no digits: "Jane Roe", "The Newspaper's Staff Reporter".</summary>
    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit));
    }

    private (LineCue, IReadOnlyList<MetadataPart>)? MetadataSegments(IReadOnlyList<string> segments)
    {
        var parts = new List<MetadataPart>();
        var cue = LineCue.None;
        foreach (var segment in segments.Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var (segmentCue, segmentParts) = ClassifyShort(segment, LineText.Key(segment), LineText.CountWords(segment));
            if (!LineCues.IsStoryMetadata(segmentCue))
            {
                return null;
            }

            parts.AddRange(segmentParts);
            if (cue == LineCue.None || (segmentCue != LineCue.Share && cue == LineCue.Share))
            {
                cue = segmentCue;
            }
        }

        return parts.Count > 0 ? (cue, parts) : null;
    }

    private (LineCue Cue, IReadOnlyList<MetadataPart> Parts) ClassifyShort(string text, string key, int words) =>
        ClassifyShort(text, rules.Listed.Lookup(key), words, rules.Gates.For(text));

    private (LineCue Cue, IReadOnlyList<MetadataPart> Parts) ClassifyShort(string text, ListMask listed, int words, LineGates gates)
    {
        var simple = SimpleCue(text, listed, gates);
        if (simple != LineCue.None)
        {
            return (simple, []);
        }

        if (rules.CommentHeading.Matches(listed, text, gates))
        {
            return (LineCue.CommentHeading, []);
        }

        if (words <= MaxDateWords && DateCue(text) is { } date)
        {
            return (date.Cue, [date]);
        }

        var widgetSized = words <= MaxWidgetWords;
        if (widgetSized && rules.Share.Matches(listed, text, gates))
        {
            return (LineCue.Share, []);
        }

        if (widgetSized && rules.Comment.Matches(listed, text, gates))
        {
            return (LineCue.Comment, []);
        }

        if (rules.ReadMore.Matches(listed, text, gates))
        {
            return (LineCue.ReadMore, []);
        }

        if (rules.Copyright.Matches(listed, text, gates))
        {
            return (LineCue.Copyright, []);
        }

        if (widgetSized && rules.Footer.Matches(listed, text, gates))
        {
            return (LineCue.Footer, []);
        }

        if (widgetSized && BylineParts(text, gates) is { } bylineParts)
        {
            return (LineCue.Byline, bylineParts);
        }

        foreach (var tagLine in rules.TagLines)
        {
            if (gates.Admit(tagLine) && tagLine.Match(text) is { Success: true } m)
            {
                return (LineCue.TagLine, SplitTags(m.Groups["tags"].Value));
            }
        }

        if (rules.AppealHeading.Matches(listed, text, gates))
        {
            return (LineCue.AppealHeading, []);
        }

        foreach (var source in rules.SourceLines)
        {
            if (widgetSized && gates.Admit(source) && source.IsMatch(text))
            {
                return (LineCue.SourceLine, []);
            }
        }

        return (LineCue.None, []);
    }

    private static List<MetadataPart> SplitTags(string tags)
    {
        var separators = tags.Contains('#') ? new[] { '#' } : [',', ';', '|'];
        return tags.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(tag => new MetadataPart(LineCue.TagLine, tag))
            .ToList();
    }

    /// <summary>Cues decided by whole-line lists alone.</summary>
    private LineCue SimpleCue(string text, ListMask listed, LineGates gates)
    {
        if (rules.Placeholder.IsListed(listed))
        {
            return LineCue.Placeholder;
        }

        if (listed.Bits == 0)
        {
            return LineCue.None;
        }

        foreach (var (list, cue) in _listedCues)
        {
            if (list.IsListed(listed))
            {
                return cue;
            }
        }

        return LineCue.None;
    }

    private MetadataPart? DateCue(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        if (StripPrefix(text, _updatedPrefixes) is { } updated && LooksLikeDate(updated))
        {
            return new MetadataPart(LineCue.UpdatedDate, updated);
        }

        if (StripPrefix(text, _publishedPrefixes) is { } published && LooksLikeDate(published))
        {
            return new MetadataPart(LineCue.PublishedDate, published);
        }

        if (LooksLikeDate(text))
        {
            return new MetadataPart(LineCue.BareDate, text);
        }

        return DateAfterName(text) is { } named ? new MetadataPart(LineCue.BareDate, named) : null;
    }

    // A news agency or a place: "Xinhua", "Harbour News Agency", "New Delhi".
    private const int DateSourceMaxWords = 4;

    /// <summary>
    /// "Harbour News Agency, March 3, 2025": the date after a source or place name and a comma, or null. A byline before
    /// the comma ("By Jane Roe, March 3, 2025") is left to <see cref="BylineWithDate"/>, which keeps the author too.
    /// </summary>
    private string? DateAfterName(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var name = text[..comma];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var date = text[(comma + 2)..];
        return words.Length <= DateSourceMaxWords && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit)) && LooksLikeDate(date)
            && !IsByline(name)
            ? date
            : null;
    }

    private bool IsByline(string text) => BylineParts(text, rules.Gates.For(text)) is not null;

    /// <summary>The authors (and place) of a byline, or null when no byline pattern matches.</summary>
    private List<MetadataPart>? BylineParts(string text, LineGates gates)
    {
        foreach (var byline in rules.Bylines)
        {
            if (gates.Admit(byline) && byline.Match(text) is { Success: true } m)
            {
                var parts = new List<MetadataPart> { new(LineCue.Byline, m.Groups["authors"].Value.Trim()) };
                if (m.Groups["place"] is { Success: true } place)
                {
                    parts.Add(new MetadataPart(LineCue.BylinePlace, place.Value.Trim()));
                }

                return parts;
            }
        }

        return null;
    }

    private static bool LooksLikeDate(string text) => DateParser.Parse(text) is not null || DateParser.IsRelative(text);

    /// <summary>"Updated: …", "First Published on …": the date after the longest matching prefix.</summary>
    private static string? StripPrefix(string text, string[] barePrefixes)
    {
        string? best = null;
        var bestLength = -1;
        foreach (var bare in barePrefixes)
        {
            if (bare.Length > bestLength
                && text.Length > bare.Length + 1
                && text.StartsWith(bare, StringComparison.OrdinalIgnoreCase)
                && (text[bare.Length] is ' ' or ':'))
            {
                best = text[bare.Length..].TrimStart(' ', ':', '-', '–', '—').Trim();
                bestLength = bare.Length;
            }
        }

        if (best is not null)
        {
            foreach (var joiner in (string[])["on ", "at "])
            {
                if (best.StartsWith(joiner, StringComparison.OrdinalIgnoreCase))
                {
                    return best[joiner.Length..].Trim();
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Cues that depend on the neighbours: a teaser on a listing page is an excerpt cut off with an ellipsis,
    /// or one followed by a bare "Read more" link; the line after an "Image caption," label is a caption, and
    /// so is a line printed twice in a row (a picture's alt text and its caption) or alt text over a caption that
    /// extends it; a byline's lead word over a name makes both lines the byline.
    /// </summary>
    private void ApplyContextCues(AnalyzedLine[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Cue == LineCue.None && line.Words <= SplitBylineLeadMaxWords && SplitBylineName(lines, i) is { } name)
            {
                i = name;
                continue;
            }

            if (line.Cue != LineCue.None || line.Words < 2)
            {
                continue;
            }

            if (IsTwinCaption(lines, i))
            {
                lines[i] = WithCue(line, LineCue.CaptionCredit);
                lines[i + 1] = WithCue(lines[i + 1], LineCue.CaptionCredit);
                i++;
                continue;
            }

            if (IsAltTextOfNextCaption(lines, i))
            {
                lines[i] = WithCue(line, LineCue.CaptionCredit);
                if (lines[i + 1].Cue == LineCue.None)
                {
                    lines[i + 1] = WithCue(lines[i + 1], LineCue.CaptionCredit);
                }

                i++;
                continue;
            }

            if (ShortTwinAmidProse(lines, i) is { } twin)
            {
                lines[i] = WithCue(line, LineCue.CaptionCredit);
                lines[twin] = WithCue(lines[twin], LineCue.CaptionCredit);
                i = twin;
                continue;
            }

            var cutOff = line.Words >= 4 && (line.Text.EndsWith("...", StringComparison.Ordinal) || line.Text.EndsWith('…'));
            if (cutOff || (line.Words >= 4 && NextNonBlankCue(lines, i) == LineCue.TeaserLink))
            {
                lines[i] = WithCue(line, LineCue.TeaserExcerpt);
            }
            else if (PreviousNonBlankCue(lines, i) == LineCue.CaptionLabel)
            {
                lines[i] = WithCue(line, LineCue.CaptionCredit);
            }
        }
    }

    private static bool IsTwinCaption(AnalyzedLine[] lines, int i) =>
        i + 1 < lines.Length && !lines[i].IsBullet && lines[i].Words >= TwinCaptionMinWords
        && lines[i + 1].Cue == LineCue.None && lines[i + 1].Key == lines[i].Key;

    /// <summary>
    /// A picture's alt text over its caption, which repeats it and adds more: "The town of Brewarrina." over "The town of
    /// Brewarrina. Parts of the state are on high fire danger. Photograph: …", or the same sentence with "(The Age)" after
    /// it. The longer line must read as a caption, by a credit the line analysis found or a short credit in brackets.
    /// </summary>
    private static bool IsAltTextOfNextCaption(AnalyzedLine[] lines, int i)
    {
        if (i + 1 >= lines.Length || lines[i].IsBullet || lines[i].Words < TwinCaptionMinWords)
        {
            return false;
        }

        var (alt, next) = (lines[i].Text, lines[i + 1]);
        if (!LineText.RepeatsAndAddsTo(next.Text, alt))
        {
            return false;
        }

        return next.Cue is LineCue.CaptionCredit or LineCue.PhotoCredit || IsBracketedCredit(next.Text.AsSpan(alt.Length).Trim());
    }

    // "(The Age)", "(Supplied)", "(Getty Images/Jane Roe)": a credit in brackets is a few words.
    private const int BracketedCreditMaxWords = 6;

    private static bool IsBracketedCredit(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] == '(' && text[^1] == ')' && text[1..^1].IndexOfAny('(', ')') < 0
        && LineText.CountWords(text[1..^1].ToString()) <= BracketedCreditMaxWords;

    /// <summary>
    /// A name ("Maria Okafor") printed twice between two paragraphs: a picture's label and its caption, however short. A
    /// subheading is printed once, and a menu does not stand between paragraphs. Returns the second copy's index.
    /// </summary>
    private static int? ShortTwinAmidProse(AnalyzedLine[] lines, int i)
    {
        if (lines[i].Words > TwinCaptionMinWords - 1 || lines[i].EndsLikeSentence || NonBlankLines.After(lines, i, lines.Length) is not { } twin
            || lines[twin].Cue != LineCue.None || lines[twin].Key != lines[i].Key)
        {
            return null;
        }

        return IsProse(NonBlankLines.Before(lines, i, 0)) && IsProse(NonBlankLines.After(lines, twin, lines.Length)) ? twin : null;

        bool IsProse(int? j) => j is { } p && lines[p].Cue == LineCue.None && lines[p].EndsLikeSentence && lines[p].Words >= LineShape.ParagraphMinWords;
    }

    // "by" over "Anna-Lisa Paul": the byline's lead word alone on a line, and a name of a few words under it.
    private const int SplitBylineLeadMaxWords = 2;
    private const int SplitBylineNameMaxWords = 6;

    /// <summary>
    /// A byline set on two lines, its lead word ("by", "Written by") above the name: when the two read together as a
    /// byline, both lines are the byline, and the name carries the authors. Returns the name's index.
    /// </summary>
    private int? SplitBylineName(AnalyzedLine[] lines, int i)
    {
        if (NonBlankLines.After(lines, i, lines.Length) is not { } name || lines[name].Cue != LineCue.None
            || lines[name].Words > SplitBylineNameMaxWords || !char.IsUpper(lines[name].Text[0]))
        {
            return null;
        }

        var gates = rules.Gates.ForJoined(lines[i].Text, lines[name].Text);
        if (!gates.Admit(_bylineGateBits) || BylineParts(lines[i].Text + " " + lines[name].Text, gates) is not { } parts)
        {
            return null;
        }

        lines[i] = WithCue(lines[i], LineCue.Byline);
        lines[name] = WithCue(lines[name], LineCue.Byline, parts);
        return name;
    }

    private static AnalyzedLine WithCue(AnalyzedLine line, LineCue cue, IReadOnlyList<MetadataPart>? parts = null) => new()
    {
        Index = line.Index, Raw = line.Raw, Text = line.Text, Key = line.Key, KeyId = line.KeyId, Words = line.Words, IsBullet = line.IsBullet,
        EndsLikeSentence = line.EndsLikeSentence, Cue = cue, Parts = parts ?? [], PrefixDate = line.PrefixDate,
    };

    private static LineCue NextNonBlankCue(AnalyzedLine[] lines, int i) => NonBlankLines.After(lines, i, lines.Length) is { } j ? lines[j].Cue : LineCue.None;

    private static LineCue PreviousNonBlankCue(AnalyzedLine[] lines, int i) => NonBlankLines.Before(lines, i, 0) is { } j ? lines[j].Cue : LineCue.None;
}

/// <summary>
/// The cue each line text of a document was given, by its key number: a cue depends on the text alone, so a line
/// printed again (a menu item, a share widget, a headline repeated in a teaser list) is classified once. Only the
/// first text seen with a key is kept; a line whose key matches but whose text differs (in case, spacing or
/// bullets) is classified on its own.
/// </summary>
internal sealed class SeenCues(int capacity)
{
    private readonly (string? Text, LineCue Cue, IReadOnlyList<MetadataPart> Parts)[] _byKeyId = new (string?, LineCue, IReadOnlyList<MetadataPart>)[capacity];

    public bool TryGet(int keyId, string text, out LineCue cue, out IReadOnlyList<MetadataPart> parts)
    {
        var (seenText, seenCue, seenParts) = _byKeyId[keyId];
        var found = string.Equals(seenText, text, StringComparison.Ordinal);
        (cue, parts) = found ? (seenCue, seenParts) : (LineCue.None, []);
        return found;
    }

    public void Add(int keyId, string text, LineCue cue, IReadOnlyList<MetadataPart> parts)
    {
        if (_byKeyId[keyId].Text is null)
        {
            _byKeyId[keyId] = (text, cue, parts);
        }
    }
}

/// <summary>Numbers a document's line keys in order of first appearance (see <see cref="AnalyzedLine.KeyId"/>).</summary>
internal sealed class KeyNumbering(int capacity = 0)
{
    // Sized for every line having a key of its own, so the table is never rebuilt as it grows.
    private readonly Dictionary<string, int> _ids = new(capacity, StringComparer.Ordinal);

    public int Of(string key)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var known);
        if (!known)
        {
            id = _ids.Count - 1;
        }

        return id;
    }
}
