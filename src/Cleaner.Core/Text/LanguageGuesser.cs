using System.Numerics;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Text;

/// <summary>
/// Names a text's language by the share of its words found in each stopword list. Short or ambiguous texts
/// get null: a wrong language code is worse than none for downstream topic models.
/// </summary>
public sealed class LanguageGuesser
{
    /// <summary>Only the opening words are read: two hundred words of prose hold dozens of stopwords, which settle the language as well as a whole story does.</summary>
    internal const int SampleWords = 200;

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
