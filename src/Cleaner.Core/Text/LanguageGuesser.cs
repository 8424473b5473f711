using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Text;

/// <summary>
/// Names a text's language by the share of its words found in each stopword list. Short or ambiguous texts
/// get null: a wrong language code is worse than none for downstream topic models.
/// </summary>
public sealed class LanguageGuesser
{
    /// <summary>Only the opening words are read: a few hundred settle the language as well as a whole story does.</summary>
    internal const int SampleWords = 400;

    /// <summary>Longer runs of letters are never looked up: no stopword is that long, and they fit no small buffer.</summary>
    private const int MaxLookupChars = 64;

    private readonly LanguageProfiles _profiles;
    private readonly StopwordTable _stopwords;
    private readonly string[] _codes;

    public LanguageGuesser(LanguageProfiles profiles)
    {
        _profiles = profiles;
        _codes = profiles.Stopwords.Keys.Order(StringComparer.Ordinal).ToArray();
        _stopwords = new StopwordTable(_codes.Select(code => profiles.Stopwords[code]).ToList());
    }

    public string? Guess(IEnumerable<string> paragraphs)
    {
        var hits = new int[_codes.Length];
        var words = Sample(paragraphs, hits);
        if (words < _profiles.MinWords)
        {
            return null;
        }

        var best = -1;
        for (var l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                best = l;
            }
        }

        return best >= 0 && (double)hits[best] / words >= _profiles.MinStopwordShare ? _codes[best] : null;
    }

    /// <summary>
    /// Reads the opening words (runs of letters) of the text; returns how many, and adds to <paramref name="hits"/>,
    /// per language in code order, how many of them its list holds.
    /// </summary>
    internal int Sample(IEnumerable<string> paragraphs, int[] hits)
    {
        var words = 0;
        Span<char> lower = stackalloc char[Math.Min(_stopwords.LongestWord, MaxLookupChars)];
        foreach (var paragraph in paragraphs)
        {
            words = Tally(paragraph, hits, words, lower);
            if (words >= SampleWords)
            {
                break;
            }
        }

        return words;
    }

    /// <summary>Counts the words of one paragraph into the sample, until it is full; returns the sample's size.</summary>
    private int Tally(ReadOnlySpan<char> text, int[] hits, int words, Span<char> lower)
    {
        // Words are found from a mask of which characters are letters, a block at a time: testing characters one
        // by one, the branch on "letter or not" guesses wrong at nearly every word boundary.
        var wordStart = 0;
        var inWord = 0u;
        for (var block = 0; block < text.Length; block += LetterMask.BlockChars)
        {
            var letters = LetterMask.Of(text[block..Math.Min(block + LetterMask.BlockChars, text.Length)]);
            var before = (letters << 1) | inWord;
            var starts = letters & ~before;
            var ends = ~letters & before & LetterMask.FullBlock;
            inWord = letters >> (LetterMask.BlockChars - 1);
            while (ends != 0)
            {
                // Starts and ends alternate, so the one start left before this end is this word's.
                var end = BitOperations.TrailingZeroCount(ends);
                var own = starts & ((1u << end) - 1);
                wordStart = own != 0 ? block + BitOperations.TrailingZeroCount(own) : wordStart;
                starts ^= own;
                ends &= ends - 1;
                CountWord(text[wordStart..(block + end)], hits, lower);
                if (++words == SampleWords)
                {
                    return words;
                }
            }

            wordStart = starts != 0 ? block + BitOperations.TrailingZeroCount(starts) : wordStart;
        }

        // A block past the text's end reads as non-letters, which ends its last word, unless the text fills it.
        if (inWord != 0 && text.Length % LetterMask.BlockChars == 0)
        {
            CountWord(text[wordStart..], hits, lower);
            words++;
        }

        return words;
    }

    private void CountWord(ReadOnlySpan<char> word, int[] hits, Span<char> lower)
    {
        // Lower-casing keeps a word's length, so no longer word can be a stopword.
        if (word.Length > lower.Length)
        {
            return;
        }

        int[] languages;
        if (StopwordTable.TryPackLetters(word, out var packed))
        {
            languages = _stopwords.LanguagesOf(packed);
        }
        else
        {
            var lowered = lower[..word.Length];
            word.ToLowerInvariant(lowered);
            languages = _stopwords.LanguagesOf(lowered);
        }

        foreach (var language in languages)
        {
            hits[language]++;
        }
    }
}

/// <summary>Which characters of a block of text are letters (<see cref="char.IsLetter(char)"/>), one bit each, the first in the lowest bit.</summary>
internal static class LetterMask
{
    public const int BlockChars = 16;

    public const uint FullBlock = (1u << BlockChars) - 1;

    /// <param name="block">Up to <see cref="BlockChars"/> characters; bits past its end are 0.</param>
    public static uint Of(ReadOnlySpan<char> block)
    {
        if (block.Length == BlockChars && Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(block);
            var first = Vector128.Create(units[..8]);
            var second = Vector128.Create(units[8..]);
            if (!Vector128.GreaterThanAny(first | second, Vector128.Create((ushort)0x7F)))
            {
                return AsciiLetters(first) | (AsciiLetters(second) << 8);
            }
        }

        return OneByOne(block);
    }

    /// <summary>The same answer a character at a time, for blocks with characters beyond ASCII.</summary>
    private static uint OneByOne(ReadOnlySpan<char> block)
    {
        var mask = 0u;
        for (var i = 0; i < block.Length; i++)
        {
            if (char.IsLetter(block[i]))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static uint AsciiLetters(Vector128<ushort> chars)
    {
        var folded = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
        return Vector128.LessThan(folded, Vector128.Create((ushort)26)).ExtractMostSignificantBits();
    }
}

/// <summary>
/// Which languages list a lower-case word as a stopword. Stopwords are short, and in most texts most words are
/// ASCII: such a word is packed into one number and found in an open-addressed table of those numbers, without
/// hashing or comparing text; the rest go by their text.
/// </summary>
internal sealed class StopwordTable
{
    /// <summary>ASCII words this short fit in a 64-bit key, one byte a character.</summary>
    public const int MaxPackedChars = 8;

    private readonly ulong[] _packedWords;
    private readonly int[][] _packedLanguages;
    private readonly int _slotShift;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _other;

    /// <param name="lists">Per language, in the order languages are numbered: its stopwords, in any case.</param>
    public StopwordTable(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var l = 0; l < lists.Count; l++)
        {
            foreach (var word in lists[l])
            {
                var key = word.ToLowerInvariant();
                if (!byWord.TryGetValue(key, out var languages))
                {
                    byWord[key] = languages = [];
                }

                languages.Add(l);
            }
        }

        // At most a quarter of the slots in use: a word that is no stopword, most words, meets an empty slot at once.
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, byWord.Count * 4));
        _packedWords = new ulong[slots];
        _packedLanguages = new int[slots][];
        _slotShift = 64 - BitOperations.Log2((uint)slots);
        var other = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (word, languages) in byWord)
        {
            if (!TryPack(word, out var packed))
            {
                other[word] = languages.ToArray();
                continue;
            }

            var slot = SlotOf(packed);
            while (_packedWords[slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            _packedWords[slot] = packed;
            _packedLanguages[slot] = languages.ToArray();
        }

        _other = other.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestWord = byWord.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>Length of the longest stopword: no longer word needs looking up.</summary>
    public int LongestWord { get; }

    /// <summary>The numbers of the languages listing the word (empty for none); the word must already be lower-case.</summary>
    public int[] LanguagesOf(ReadOnlySpan<char> lowerWord)
    {
        if (TryPack(lowerWord, out var packed))
        {
            return LanguagesOf(packed);
        }

        return _other.TryGetValue(lowerWord, out var languages) ? languages : [];
    }

    /// <summary>The same, for a lower-case ASCII word packed by <see cref="TryPack"/> or <see cref="TryPackLetters"/>.</summary>
    public int[] LanguagesOf(ulong packedLowerWord)
    {
        for (var slot = SlotOf(packedLowerWord); ; slot = (slot + 1) & (_packedWords.Length - 1))
        {
            var word = _packedWords[slot];
            if (word == packedLowerWord)
            {
                return _packedLanguages[slot];
            }

            if (word == 0)
            {
                return [];
            }
        }
    }

    /// <summary>A word of ASCII letters, in any case, packed as its lower-case form would be by <see cref="TryPack"/>.</summary>
    public static bool TryPackLetters(ReadOnlySpan<char> letters, out ulong packed)
    {
        packed = 0;
        if (letters.IsEmpty || letters.Length > MaxPackedChars)
        {
            return false;
        }

        foreach (var c in letters)
        {
            if (c >= 128)
            {
                return false;
            }

            packed = (packed << 8) | (uint)(c | 0x20);
        }

        return true;
    }

    /// <summary>
    /// An ASCII word of up to <see cref="MaxPackedChars"/> characters as one number, a byte a character, the last
    /// in the lowest byte; no character is zero, so words of different lengths stay apart.
    /// </summary>
    internal static bool TryPack(ReadOnlySpan<char> word, out ulong packed)
    {
        packed = 0;
        if (word.IsEmpty || word.Length > MaxPackedChars)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < (char)1 or >= (char)128)
            {
                return false;
            }

            packed = (packed << 8) | c;
        }

        return true;
    }

    // Fibonacci hashing: the multiplication spreads the few bits that differ between short words over the top bits.
    private int SlotOf(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> _slotShift);
}
