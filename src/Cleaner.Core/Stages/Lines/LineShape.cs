using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages.Lines;

/// <summary>Shape tests shared by the split and clean stages: does a line read like a headline, or like prose?</summary>
public sealed class LineShape(PipelineSettings settings)
{
    /// <summary>
    /// A sentence this long is a paragraph of the text, not a label or a widget's leftover ("Read a summary of this
    /// article"): what a picture's twin labels stand between, and what the inline dateline opens.
    /// </summary>
    public const int ParagraphMinWords = 12;

    private readonly SplitSettings _split = settings.Split;
    private readonly CleanSettings _clean = settings.Clean;

    /// <summary>
    /// Running text: a complete sentence of a few words, or a line long enough that it cannot be a headline
    /// even without closing punctuation. Cue lines (widgets, dates, captions) never count.
    /// </summary>
    public bool IsProse(AnalyzedLine line) =>
        line.Cue is LineCue.None or LineCue.Credit
        && !line.IsBullet
        && (line.Words >= _clean.ProseMinWords || (line.EndsLikeSentence && line.Words >= _clean.ShortSentenceMinWords));

    /// <summary>
    /// Reads like a headline: a few words, no closing full stop unless in title case, starting with a capital, digit or quote.
    /// Long lines ending in a parenthesis are captions with credits, not headlines.
    /// </summary>
    public bool IsHeadline(AnalyzedLine line) => line.Cue == LineCue.None && HasHeadlineShape(line);

    /// <summary>
    /// A headline in title case, even one that ends like a sentence ("Is the Uber Problem Changing How Startups Treat
    /// Privacy? Not Much."): never a paragraph or a standfirst, which are set in sentence case.
    /// </summary>
    public bool IsTitleCaseHeadline(AnalyzedLine line) => IsHeadline(line) && LineText.IsTitleCase(line.Text, line.Words);

    /// <summary>The headline shape alone, whatever the line's cue: a headline printed twice in a row is cued as a caption.</summary>
    public bool HasHeadlineShape(AnalyzedLine line)
    {
        if (line.Words < _split.HeadlineMinWords || line.Words > _split.HeadlineMaxWords || line.Text.Length > _split.HeadlineMaxChars)
        {
            return false;
        }

        var text = line.Text;
        var first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\'' or '¿' or '¡'))
        {
            return false;
        }

        var last = text[^1];
        if (last == '.' && !text.EndsWith("...", StringComparison.Ordinal) && !IsTitleCaseWithFullStop(line))
        {
            return false;
        }

        return !(last == ')' && line.Words > 15) && last != ':' && last != ',' && !IsSocialPostSignOff(text);
    }

    /// <summary>
    /// An embedded social post prints its author's handle in brackets before its date ("… — Sky Sports (@SkySportsPL)
    /// July 14, 2020"): quoted in the text, never a headline.
    /// </summary>
    private static bool IsSocialPostSignOff(string text) =>
        text.IndexOf("(@", StringComparison.Ordinal) is > 0 and var at && text.IndexOf(')', at) > at + 2;

    // "Is the Uber Problem Changing How Startups Treat Privacy? Not Much.": a few outlets end headlines with a full
    // stop; in title case such a line is still a headline, where a sentence of the text is not title-cased.
    private const int FullStopHeadlineMinWords = 5;
    private const int FullStopHeadlineMaxWords = 16;

    private static bool IsTitleCaseWithFullStop(AnalyzedLine line) =>
        line.Words is >= FullStopHeadlineMinWords and <= FullStopHeadlineMaxWords && LineText.IsTitleCase(line.Text, line.Words);

    // Widget text run into a reprinted headline ("150 150 admin") is a few words at most.
    private const int ReprintResidueMaxWords = 4;

    /// <summary>The headline again with a few words of residue after it: a page's widget text run into it.</summary>
    public static bool IsReprintWithResidue(AnalyzedLine line, AnalyzedLine headline) =>
        line.Words > headline.Words && line.Words - headline.Words <= ReprintResidueMaxWords
        && line.Key.Length > headline.Key.Length && line.Key[headline.Key.Length] == ' '
        && line.Key.StartsWith(headline.Key, StringComparison.Ordinal);

    /// <summary>The same headline printed again, word for word or with residue.</summary>
    public static bool IsSameHeadline(AnalyzedLine line, AnalyzedLine headline) =>
        line.Key == headline.Key || IsReprintWithResidue(line, headline);

    /// <summary>A city name alone on a line before the first paragraph ("ANKARA").</summary>
    public static bool IsDatelineAlone(AnalyzedLine line)
    {
        if (line.Cue != LineCue.None || line.IsBullet || line.Words is < 1 or > 4 || line.Text.Length > 40)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line.Text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '/' or ',' or '-' or '.' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= 3 && LineText.UppercaseShare(line.Text) >= 0.99;
    }
}
