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
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                // Most text is ASCII: a cheaper test with the same answer.
                var asciiWord = char.IsAsciiLetterOrDigit(c) || c == '_';
                words += asciiWord && !inWord ? 1 : 0;
                inWord = asciiWord;
                continue;
            }

            if (IsCjk(c))
            {
                cjk++;
                inWord = false;
                continue;
            }

            var wordChar = char.IsLetterOrDigit(c) || c == '_';
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words + cjk / 2;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';
}
