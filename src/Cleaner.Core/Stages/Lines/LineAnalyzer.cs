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

    public IReadOnlyList<AnalyzedLine> Analyze(IReadOnlyList<string> lines)
    {
        var result = new AnalyzedLine[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = Analyze(i, lines[i]);
        }

        return result;
    }

    public AnalyzedLine Analyze(int index, string raw)
    {
        var text = LineText.StripBullet(raw);
        if (text.Length == 0)
        {
            return new AnalyzedLine
            {
                Index = index, Raw = raw, Text = "", Key = "", Words = 0, IsBullet = false, EndsLikeSentence = false, Cue = LineCue.Blank,
            };
        }

        var key = LineText.Key(text);
        var words = LineText.CountWords(text);
        var (cue, value, title) = Classify(text, key, words);
        return new AnalyzedLine
        {
            Index = index,
            Raw = raw,
            Text = text,
            Key = key,
            Words = words,
            IsBullet = LineText.IsBullet(raw),
            EndsLikeSentence = LineText.EndsLikeSentence(text),
            Cue = cue,
            CueValue = value,
            TitleValue = title,
        };
    }

    private (LineCue Cue, string? Value, string? Title) Classify(string text, string key, int words)
    {
        if (words <= MaxCueWords)
        {
            var whole = ClassifyShort(text, key, words);
            if (whole.Cue != LineCue.None)
            {
                return whole;
            }
        }

        foreach (var credit in rules.Credits)
        {
            if (words <= MaxCueWords && credit.Match(text) is { Success: true } m)
            {
                return (LineCue.Credit, m.Groups["name"].Value.Trim(), null);
            }
        }

        var tail = text.Length > CaptionTailChars ? text.AsSpan(text.Length - CaptionTailChars) : text.AsSpan();
        return rules.CaptionCredit.MatchesTail(tail) ? (LineCue.CaptionCredit, null, null) : (LineCue.None, null, null);
    }

    private (LineCue Cue, string? Value, string? Title) ClassifyShort(string text, string key, int words)
    {
        foreach (var prefix in rules.TitleDatePrefixes)
        {
            if (prefix.Match(text) is { Success: true } m)
            {
                return (LineCue.TitleWithDate, m.Groups["date"].Value, m.Groups["title"].Value.Trim());
            }
        }

        if (rules.Placeholder.Matches(key, text))
        {
            return (LineCue.Placeholder, null, null);
        }

        if (rules.RelatedHeading.MatchesLine(key))
        {
            return (LineCue.RelatedHeading, null, null);
        }

        if (rules.TeaserHeading.MatchesLine(key))
        {
            return (LineCue.TeaserHeading, null, null);
        }

        if (rules.TickerHeading.MatchesLine(key))
        {
            return (LineCue.TickerHeading, null, null);
        }

        if (rules.SummaryHeading.MatchesLine(key))
        {
            return (LineCue.SummaryHeading, null, null);
        }

        if (rules.TagHeading.MatchesLine(key))
        {
            return (LineCue.TagHeading, null, null);
        }

        if (rules.StoryMarker.MatchesLine(key))
        {
            return (LineCue.StoryMarker, null, null);
        }

        if (words <= MaxDateWords && DateCue(text) is { } date)
        {
            return date;
        }

        if (rules.Share.Matches(key, text))
        {
            return (LineCue.Share, null, null);
        }

        if (rules.Comment.Matches(key, text))
        {
            return (LineCue.Comment, null, null);
        }

        if (rules.ReadMore.Matches(key, text))
        {
            return (LineCue.ReadMore, null, null);
        }

        if (rules.Copyright.Matches(key, text))
        {
            return (LineCue.Copyright, null, null);
        }

        if (rules.AppStore.MatchesLine(key))
        {
            return (LineCue.AppStore, null, null);
        }

        if (rules.Footer.Matches(key, text))
        {
            return (LineCue.Footer, null, null);
        }

        foreach (var byline in rules.Bylines)
        {
            if (byline.Match(text) is { Success: true } m)
            {
                return (LineCue.Byline, m.Groups["authors"].Value.Trim(), null);
            }
        }

        foreach (var source in rules.SourceLines)
        {
            if (source.IsMatch(text))
            {
                return (LineCue.SourceLine, null, null);
            }
        }

        return (LineCue.None, null, null);
    }

    private (LineCue, string?, string?)? DateCue(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        if (StripPrefix(text, rules.UpdatedPrefixes) is { } updated && LooksLikeDate(updated))
        {
            return (LineCue.UpdatedDate, updated, null);
        }

        if (StripPrefix(text, rules.PublishedPrefixes) is { } published && LooksLikeDate(published))
        {
            return (LineCue.PublishedDate, published, null);
        }

        return LooksLikeDate(text) ? (LineCue.BareDate, text, null) : null;
    }

    private static bool LooksLikeDate(string text) => DateParser.Parse(text) is not null || DateParser.IsRelative(text);

    private static string? StripPrefix(string text, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var bare = prefix.TrimEnd(':');
            if (text.Length > bare.Length + 1
                && text.StartsWith(bare, StringComparison.OrdinalIgnoreCase)
                && (text[bare.Length] is ' ' or ':'))
            {
                return text[bare.Length..].TrimStart(' ', ':', '-', '–', '—').Trim();
            }
        }

        return null;
    }
}
