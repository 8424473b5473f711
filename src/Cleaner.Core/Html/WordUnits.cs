using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Cleaner.Core.Text;

namespace Cleaner.Core.Html;

/// <summary>
/// Text length in words for thresholds, fair to scripts written without spaces: a run of letters counts as one word,
/// except that Chinese, Japanese and Korean characters count half a word each (about one word per two characters).
/// </summary>
internal static class WordUnits
{
    public static int Count(string text)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        var span = text.AsSpan();
        var units = MemoryMarshal.Cast<char, ushort>(span);
        var i = 0;

        // Every block of every page is counted: runs of eight ASCII chars are done at once, the rest char by char.
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= span.Length; i += Vector128<ushort>.Count)
            {
                if (LineText.AsciiWordStarts(units.Slice(i, Vector128<ushort>.Count), ref inWord) is var starts and >= 0)
                {
                    words += starts;
                    continue;
                }

                for (var j = 0; j < Vector128<ushort>.Count; j++)
                {
                    Step(span[i + j], ref words, ref cjk, ref inWord);
                }
            }
        }

        for (; i < span.Length; i++)
        {
            Step(span[i], ref words, ref cjk, ref inWord);
        }

        return words + cjk / 2;
    }

    private static void Step(char c, ref int words, ref int cjk, ref bool inWord)
    {
        if (IsCjk(c))
        {
            cjk++;
            inWord = false;
            return;
        }

        var wordChar = char.IsLetterOrDigit(c) || c == '_';
        if (wordChar && !inWord)
        {
            words++;
        }

        inWord = wordChar;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';
}
