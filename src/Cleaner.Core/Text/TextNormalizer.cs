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

    // The characters rewritten or dropped, in two groups of at most five: a search for up to five characters compares
    // them directly, several times faster than a search for all eight, which goes through a probabilistic filter.
    // ZWJ and ZWNJ are deliberately absent: they change rendering and meaning in Persian, Indic scripts and emoji.
    private static readonly string CommonRewrites = new(['\r', NoBreakSpace, SoftHyphen, ZeroWidthSpace, NarrowNoBreakSpace]);
    private static readonly string RareRewrites = new([FigureSpace, WordJoiner, ByteOrderMark]);

    /// <summary>Returns <paramref name="text"/> itself when nothing needs to change.</summary>
    public static string Normalize(string text)
    {
        if (IndexOfRewrite(text) < 0 && text.IsNormalized(NormalizationForm.FormC))
        {
            return text;
        }

        return Normalize(text.ToCharArray()).ToString();
    }

    /// <summary>
    /// Normalizes in place. The result is a prefix of <paramref name="text"/>, or a new string in the rare case
    /// that composition to NFC changed the text.
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(Span<char> text)
    {
        var first = IndexOfRewrite(text);
        ReadOnlySpan<char> rewritten = first < 0 ? text : text[..Rewrite(text, first)];
        return rewritten.IsNormalized(NormalizationForm.FormC) ? rewritten : rewritten.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Rewrites from <paramref name="first"/> on and returns the new length; the text only ever shrinks.</summary>
    private static int Rewrite(Span<char> text, int first)
    {
        var written = first;
        var position = first;
        while (position < text.Length)
        {
            switch (text[position++])
            {
                case '\r':
                    text[written++] = '\n';
                    if (position < text.Length && text[position] == '\n')
                    {
                        position++;
                    }

                    break;
                case NoBreakSpace or NarrowNoBreakSpace or FigureSpace:
                    text[written++] = ' ';
                    break;
                default:
                    // Zero-width space, word joiner, stray BOM, soft hyphen: dropped.
                    break;
            }

            // Move the untouched run up to the next special character in one block; CopyTo handles the overlap.
            var next = IndexOfRewrite(text[position..]);
            var run = next < 0 ? text.Length - position : next;
            text.Slice(position, run).CopyTo(text[written..]);
            written += run;
            position += run;
        }

        return written;
    }

    /// <summary>Where the first character to rewrite or drop stands, or -1.</summary>
    private static int IndexOfRewrite(ReadOnlySpan<char> text)
    {
        var common = text.IndexOfAny(CommonRewrites);
        var rare = (common < 0 ? text : text[..common]).IndexOfAny(RareRewrites);
        return rare >= 0 ? rare : common;
    }
}
