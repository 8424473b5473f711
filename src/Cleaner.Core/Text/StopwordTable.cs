using System.Numerics;

namespace Cleaner.Core.Text;

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
