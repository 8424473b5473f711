using System.Buffers;
using System.Text;

namespace Cleaner.Core.Text;

/// <summary>
/// Evens out the invisible differences between dumps so later stages compare like with like:
/// line ends become LF, no-break spaces become spaces, invisible break hints disappear, text becomes NFC.
/// Indentation, bullets and everything else stay as they are; later stages read them as signals.
/// </summary>
public static class TextNormalizer
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';
    private const char FigureSpace = '\u2007';
    private const char ZeroWidthSpace = '\u200B';
    private const char WordJoiner = '\u2060';
    private const char ByteOrderMark = '\uFEFF';
    private const char SoftHyphen = '\u00AD';

    // ZWJ and ZWNJ are deliberately absent: they change rendering and meaning in Persian, Indic scripts and emoji.
    private static readonly SearchValues<char> NeedsRewrite = SearchValues.Create(
        ['\r', NoBreakSpace, NarrowNoBreakSpace, FigureSpace, ZeroWidthSpace, WordJoiner, ByteOrderMark, SoftHyphen]);

    /// <summary>Returns <paramref name="text"/> itself when nothing needs to change.</summary>
    public static string Normalize(string text)
    {
        var first = text.AsSpan().IndexOfAny(NeedsRewrite);
        var rewritten = first < 0 ? text : Rewrite(text, first);
        return rewritten.IsNormalized(NormalizationForm.FormC) ? rewritten : rewritten.Normalize(NormalizationForm.FormC);
    }

    private static string Rewrite(string text, int first)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var source = text.AsSpan();
            text.AsSpan(0, first).CopyTo(buffer);
            var written = first;
            var position = first;
            while (position < source.Length)
            {
                var c = source[position++];
                switch (c)
                {
                    case '\r':
                        buffer[written++] = '\n';
                        if (position < source.Length && source[position] == '\n')
                        {
                            position++;
                        }

                        break;
                    case NoBreakSpace or NarrowNoBreakSpace or FigureSpace:
                        buffer[written++] = ' ';
                        break;
                    default:
                        // Zero-width space, word joiner, stray BOM, soft hyphen: dropped.
                        break;
                }

                // Copy the untouched run up to the next special character in one block.
                var next = source[position..].IndexOfAny(NeedsRewrite);
                var run = next < 0 ? source.Length - position : next;
                source.Slice(position, run).CopyTo(buffer.AsSpan(written));
                written += run;
                position += run;
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
