namespace Cleaner.Core.Model;

/// <summary>A decoded input: normalized lines plus what the reader noticed on the way.</summary>
public sealed class SourceDocument
{
    public SourceDocument(InputFile input, string sha256, IReadOnlyList<string> lines, string encoding, IReadOnlyList<string> warnings)
    {
        Input = input;
        Sha256 = sha256;
        Lines = lines;
        Encoding = encoding;
        Warnings = warnings;
    }

    public InputFile Input { get; }

    /// <summary>Lowercase hex SHA-256 of the raw bytes, before any decoding.</summary>
    public string Sha256 { get; }

    public IReadOnlyList<string> Lines { get; }

    public string Encoding { get; }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Where each line starts among the lines of the file, 0-based, then how many lines the file has; null when each
    /// line is one line of the file. Set when a hard-wrapped dump's lines were joined into paragraphs.
    /// </summary>
    public IReadOnlyList<int>? LineStarts { get; init; }

    /// <summary>The lines of the file, 1-based and inclusive, that <see cref="Lines"/> <paramref name="first"/> to <paramref name="last"/> came from.</summary>
    public (int First, int Last) FileLines(int first, int last) =>
        LineStarts is { } starts ? (starts[first] + 1, starts[last + 1]) : (first + 1, last + 1);

    /// <summary>For an HTML page: what the HTML reader extracted (articles, metadata); the lines are its text.</summary>
    public Html.HtmlPage? Html { get; init; }
}
