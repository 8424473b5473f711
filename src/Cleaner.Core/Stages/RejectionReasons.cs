
namespace Cleaner.Core.Stages;

/// <summary>The wording of every read rejection, kept together so reports read consistently.</summary>
internal static class RejectionReasons
{
    private const double KiB = 1024;
    private const double MiB = 1024 * 1024;

    public const string Empty = "empty file (0 bytes)";

    public const string WhitespaceOnly = "no text: the file holds only whitespace";

    public static string KnownFormat(string format) => "binary file: looks like " + format;

    public static string NulByte(long offset) =>
        FormattableString.Invariant($"binary file: contains NUL bytes (first at byte {offset:N0})");

    public static string ControlCharacters(double share, double limit) =>
        FormattableString.Invariant($"binary file: {share * 100:0.#}% of characters are control characters, over the {limit * 100:0.#}% limit (read.maxControlCharRatio)");

    public static string TooLarge(long size, long limit)
    {
        var (shownSize, shownLimit) = (Size(size), Size(limit));
        if (shownSize == shownLimit)
        {
            // "64.0 MB, over the 64.0 MB limit" would read as a contradiction.
            (shownSize, shownLimit) = (FormattableString.Invariant($"{size:N0} bytes"), FormattableString.Invariant($"{limit:N0} bytes"));
        }

        return $"file is {shownSize}, over the {shownLimit} limit (read.maxFileBytes)";
    }

    public static string LineTooLong(int lineNumber, long length, int limit) =>
        FormattableString.Invariant($"line {lineNumber:N0} is {length:N0} characters long, over the {limit:N0} limit (read.maxLineChars): not a text dump");

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => FormattableString.Invariant($"{bytes / MiB:0.0} MB"),
        >= 1024 => FormattableString.Invariant($"{bytes / KiB:0.0} KB"),
        _ => FormattableString.Invariant($"{bytes:N0} bytes"),
    };
}
