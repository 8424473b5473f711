using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Cleaner.Core.Text;

/// <summary>Small pure helpers over a single line of text.</summary>
public static class LineText
{
    private const string BulletChars = "•·▪◦‣●■□➤►*";

    /// <summary>True when the line starts (after indentation) with a bullet glyph, or a hyphen and a space ("- item").</summary>
    public static bool IsBullet(string line)
    {
        var span = line.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is ' ' or '\t')
            {
                continue;
            }

            return IsBulletAt(span, i);
        }

        return false;
    }

    /// <summary>The line without indentation, bullet glyphs and surrounding spaces (the same instance when there are none).</summary>
    public static string StripBullet(string line)
    {
        var span = line.AsSpan().Trim();
        var start = 0;
        while (start < span.Length && (span[start] == ' ' || IsBulletAt(span, start)))
        {
            start++;
        }

        if (start == 0)
        {
            return span.Length == line.Length ? line : span.ToString();
        }

        return span[start..].Trim().ToString();
    }

    // A hyphen marks a list item only when a space follows it: "-5 degrees" and "-based" are text.
    private static bool IsBulletAt(ReadOnlySpan<char> span, int i) =>
        BulletChars.Contains(span[i]) || (span[i] == '-' && i + 1 < span.Length && span[i + 1] is ' ' or '\t');

    /// <summary>
    /// Comparison key: bullets and indentation dropped, runs of whitespace folded to one space, lowercased.
    /// Two lines with the same key are "the same line" for repetition rules.
    /// </summary>
    public static string Key(string line)
    {
        var stripped = StripBullet(line);
        return Lower(HasWhitespaceRun(stripped) ? FoldWhitespace(stripped) : stripped);
    }

    /// <summary>
    /// Same result as <see cref="string.ToLowerInvariant"/>, without its slow path for a line whose only non-ASCII
    /// characters are punctuation (curly quotes, dashes, the non-breaking space): those have no case.
    /// </summary>
    internal static string Lower(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyExceptInRange('\0', MaxAscii); at >= 0; at = NextNonAscii(span, at))
        {
            if (!IsCaselessPunctuation(span[at]))
            {
                return text.ToLowerInvariant();
            }
        }

        var firstUpper = span.IndexOfAnyInRange('A', 'Z');
        if (firstUpper < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, firstUpper), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            LowerAsciiLetters(chars[state.firstUpper..]);
        });
    }

    private const char MaxAscii = '\x7F';

    private static int NextNonAscii(ReadOnlySpan<char> span, int after) =>
        span[(after + 1)..].IndexOfAnyExceptInRange('\0', MaxAscii) is var next and >= 0 ? after + 1 + next : -1;

    /// <summary>'A'–'Z' to 'a'–'z', eight characters at a time; every other character is left as it is.</summary>
    private static void LowerAsciiLetters(Span<char> chars)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(chars);
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create((ReadOnlySpan<ushort>)units.Slice(i, Vector128<ushort>.Count));
                var upper = Vector128.LessThan(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
                (block | (upper & Vector128.Create((ushort)0x20))).CopyTo(units[i..]);
            }
        }

        for (; i < chars.Length; i++)
        {
            if (char.IsAsciiLetterUpper(chars[i]))
            {
                chars[i] = (char)(chars[i] | 0x20);
            }
        }
    }

    // Latin-1 punctuation and signs (but not µ, a letter), general punctuation (quotes, dashes, spaces) and currency signs.
    private static bool IsCaselessPunctuation(char c) =>
        c is (>= '\u00A0' and <= '\u00BF' and not '\u00AA' and not '\u00B5' and not '\u00BA') or '\u00D7' or '\u00F7'
            or (>= '\u2000' and <= '\u206F') or (>= '\u20A0' and <= '\u20CF');

    // Letters, digits and the underscore among the first 128 characters; one load per character.
    private static readonly bool[] AsciiWordChars = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) || c == '_').ToArray();

    // Every whitespace character but the plain space: one of these, or two spaces in a row, needs folding. The
    // ASCII ones are searched for vectorized; the others only in the rare line with a non-ASCII character.
    private static readonly SearchValues<char> OtherAsciiWhitespace = SearchValues.Create(OtherWhitespace(c => c <= MaxAscii));
    private static readonly SearchValues<char> OtherNonAsciiWhitespace = SearchValues.Create(OtherWhitespace(c => c > MaxAscii));

    private static char[] OtherWhitespace(Func<char, bool> range) =>
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c) && range(c)).ToArray();

    private static bool HasWhitespaceRun(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(OtherAsciiWhitespace)
               || span.Contains("  ", StringComparison.Ordinal)
               || (span.ContainsAnyExceptInRange('\0', MaxAscii) && span.ContainsAny(OtherNonAsciiWhitespace));
    }

    private static string FoldWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Words are runs of letters, digits and underscores (the same definition the evaluation metric uses).</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var i = 0;

        // Every line of every input is counted: runs of eight ASCII chars are done at once, the rest char by char.
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                if (AsciiWordStarts(units.Slice(i, Vector128<ushort>.Count), ref inWord) is var starts and >= 0)
                {
                    count += starts;
                    continue;
                }

                for (var j = i; j < i + Vector128<ushort>.Count; j++)
                {
                    CountChar(text[j], ref count, ref inWord);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            CountChar(text[i], ref count, ref inWord);
        }

        return count;
    }

    private static void CountChar(char c, ref int count, ref bool inWord)
    {
        var wordChar = c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c) || char.IsNumber(c);
        if (wordChar && !inWord)
        {
            count++;
        }

        inWord = wordChar;
    }

    /// <summary>
    /// Word starts among eight chars (letters, digits, underscore), carrying <paramref name="inWord"/> across calls;
    /// -1, with <paramref name="inWord"/> untouched, when any of them is not ASCII.
    /// </summary>
    internal static int AsciiWordStarts(ReadOnlySpan<ushort> eight, ref bool inWord)
    {
        var chars = Vector128.Create(eight);
        if (Vector128.GreaterThanAny(chars, Vector128.Create((ushort)0x7F)))
        {
            return -1;
        }

        var wordChars = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))
                        | Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
                        | Vector128.Equals(chars, Vector128.Create((ushort)'_'));
        var mask = wordChars.ExtractMostSignificantBits();
        var starts = mask & ~((mask << 1) | (inWord ? 1u : 0u));
        inWord = (mask & (1u << (Vector128<ushort>.Count - 1))) != 0;
        return BitOperations.PopCount(starts);
    }

    public static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t')
        {
            n++;
        }

        return n;
    }

    /// <summary>Ends like a sentence: . ! ? or one of those followed by closing quotes or brackets.</summary>
    public static bool EndsLikeSentence(string text)
    {
        var span = text.AsSpan().TrimEnd();
        while (span.Length > 0 && span[^1] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
        {
            span = span[..^1];
        }

        return span.Length > 0 && span[^1] is '.' or '!' or '?' or '…' or ':';
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> followed by a space and more text.</summary>
    public static bool RepeatsAndAddsTo(string longer, string shorter) =>
        longer.Length > shorter.Length && longer[shorter.Length] == ' ' && longer.StartsWith(shorter, StringComparison.Ordinal);

    // Title case capitalizes all but the short function words: at least seven words in ten.
    private const int TitleCaseMinTenths = 7;

    /// <summary>Most words capitalized, as headlines in title case are ("Police Say Suspect In Custody").</summary>
    /// <param name="wordCount">The line's <see cref="CountWords"/>, when known: a sentence is then told after its first few
    /// lower-case words instead of a scan of the whole line.</param>
    public static bool IsTitleCase(string text, int wordCount = int.MaxValue)
    {
        // At most this many words may start in lower case (the count splits at least as finely as the words below).
        var lowerAllowed = wordCount == int.MaxValue ? int.MaxValue : wordCount * (10 - TitleCaseMinTenths) / 10;
        int words = 0, capitalized = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A word starts after a space; only words that start with a letter count.
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ') && char.IsLetter(text[i]))
            {
                words++;
                capitalized += char.IsUpper(text[i]) ? 1 : 0;
                if (words - capitalized > lowerAllowed)
                {
                    return false;
                }
            }
        }

        return words > 0 && capitalized * 10 >= words * TitleCaseMinTenths;
    }

    /// <summary>Share of letters that are uppercase (0 when the line has no letters).</summary>
    public static double UppercaseShare(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters == 0 ? 0 : (double)upper / letters;
    }
}
