namespace Cleaner.Core.Model;

/// <summary>One line of a dump with the features every later stage looks at, computed once.</summary>
public sealed class AnalyzedLine
{
    public required int Index { get; init; }

    /// <summary>The line as read (indentation kept).</summary>
    public required string Raw { get; init; }

    /// <summary>Trimmed, with bullet glyphs removed.</summary>
    public required string Text { get; init; }

    /// <summary>Comparison key (see <see cref="Text.LineText.Key"/>).</summary>
    public required string Key { get; init; }

    public required int Words { get; init; }
    public required bool IsBullet { get; init; }
    public required bool EndsLikeSentence { get; init; }
    public required LineCue Cue { get; init; }

    /// <summary>For date cues: the date text with its prefix removed; for <see cref="LineCue.TitleWithDate"/>: the date part.</summary>
    public string? CueValue { get; init; }

    /// <summary>For <see cref="LineCue.TitleWithDate"/>: the headline that follows the date.</summary>
    public string? TitleValue { get; init; }

    public bool IsBlank => Cue == LineCue.Blank;
}
