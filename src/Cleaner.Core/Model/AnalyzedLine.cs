namespace Cleaner.Core.Model;

/// <summary>One line of a dump with the features every later stage looks at, computed once.</summary>
public sealed class AnalyzedLine
{
    public required int Index { get; init; }

    /// <summary>The line as read (indentation kept).</summary>
    public required string Raw { get; init; }

    /// <summary>Trimmed, with bullet glyphs and a scraper's date prefix removed.</summary>
    public required string Text { get; init; }

    /// <summary>Comparison key (see <see cref="Text.LineText.Key"/>).</summary>
    public required string Key { get; init; }

    /// <summary>
    /// The key's number in its document: lines with equal keys have equal numbers, given in order of first
    /// appearance, so stages that count or match repeated lines compare numbers instead of hashing the text again.
    /// </summary>
    public int KeyId { get; init; }

    public required int Words { get; init; }
    public required bool IsBullet { get; init; }
    public required bool EndsLikeSentence { get; init; }
    public required LineCue Cue { get; init; }

    /// <summary>
    /// For metadata lines: each piece with its own cue and value (date text without its prefix, byline names).
    /// A line such as "By ANI | Updated: January 6, 2022" has two parts.
    /// </summary>
    public IReadOnlyList<MetadataPart> Parts { get; init; } = [];

    /// <summary>A date the scraper printed in front of the line ("date 2025-03-24 …"), which dates the page.</summary>
    public string? PrefixDate { get; init; }

    public bool IsBlank => Cue == LineCue.Blank;

    /// <summary>The same line read as a byline, when its context shows it names the author.</summary>
    public AnalyzedLine AsByline() => new()
    {
        Index = Index, Raw = Raw, Text = Text, Key = Key, KeyId = KeyId, Words = Words, IsBullet = IsBullet, EndsLikeSentence = EndsLikeSentence,
        Cue = LineCue.Byline, Parts = [new MetadataPart(LineCue.Byline, Text)], PrefixDate = PrefixDate,
    };
}

/// <summary>One piece of a metadata line: a date (with which kind) or a byline's names.</summary>
public sealed record MetadataPart(LineCue Cue, string Value);
