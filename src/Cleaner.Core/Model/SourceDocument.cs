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

    /// <summary>For an HTML page: what the HTML reader extracted (articles, metadata); the lines are its text.</summary>
    public Html.HtmlPage? Html { get; init; }
}
