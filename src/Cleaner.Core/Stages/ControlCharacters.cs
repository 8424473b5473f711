using System.Buffers;

namespace Cleaner.Core.Stages;

/// <summary>
/// Measures how much of a text is C0 control characters, the residue binary data leaves when decoded as text.
/// Tab, LF, CR and form feed (page breaks in PDF-to-text dumps) are ordinary text. C1 controls are not counted:
/// they appear in mojibake of real text (UTF-8 read as Latin-1), which is damaged text, not binary.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Counted = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Share of UTF-16 code units that are counted control characters (0 for empty text).</summary>
    public static double Share(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var rest = text;
        int found;
        while ((found = rest.IndexOfAny(Counted)) >= 0)
        {
            count++;
            rest = rest[(found + 1)..];
        }

        return (double)count / text.Length;
    }
}
