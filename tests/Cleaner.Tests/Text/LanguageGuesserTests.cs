using Cleaner.Core.Rules;
using Cleaner.Core.Text;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Text;

public sealed class LanguageGuesserTests
{
    private static readonly LanguageProfiles Shipped = CleanerConfig.LoadFrom(RepoPaths.PipelineConfig).Languages;

    private static readonly LanguageProfiles Small = new()
    {
        MinWords = 3,
        MinStopwordShare = 0.3,
        Stopwords = new Dictionary<string, IReadOnlyList<string>>
        {
            ["en"] = ["the", "and", "of"],
            ["fr"] = ["le", "et", "de", "été"],
            ["tr"] = ["ve", "için", "bir"],
            ["xx"] = ["and", "verylongstopword"],
        },
    };

    [Fact]
    public void English_and_French_texts_are_told_apart()
    {
        var guesser = new LanguageGuesser(Shipped);

        Assert.Equal("en", guesser.Guess(["The council postponed the vote on the tram line because the bids for the first contract came in far above the estimate, and residents who have waited for a direct line to the station for more than ten years said they would not wait another year."]));
        Assert.Equal("fr", guesser.Guess(["Le conseil municipal a reporté lundi le vote sur le prolongement du tramway vers les quartiers est, car les offres pour le premier contrat sont bien plus élevées que prévu et les habitants attendent depuis dix ans."]));
    }

    [Fact]
    public void Too_few_words_or_too_few_stopwords_give_no_language()
    {
        var guesser = new LanguageGuesser(Small);

        Assert.Null(guesser.Guess(["the and"]));
        Assert.Null(guesser.Guess(["Quarterly revenue, margins, guidance: unchanged throughout"]));
        Assert.Equal("en", guesser.Guess(["the cat", "of the hat"]));
    }

    [Fact]
    public void Words_are_compared_case_blind_also_beyond_ascii()
    {
        var guesser = new LanguageGuesser(Small);

        Assert.Equal("fr", guesser.Guess(["LE chat ÉTÉ De"]));
        Assert.Equal("tr", guesser.Guess(["Bir gün İÇİN VE"]));
    }

    [Fact]
    public void Only_the_opening_words_are_read()
    {
        var guesser = new LanguageGuesser(Small);
        var english = string.Join(' ', Enumerable.Repeat("the cat sat", 134));
        var french = string.Join(' ', Enumerable.Repeat("le et de", 1000));

        // 402 English words fill the sample before any French one is read.
        Assert.Equal("en", guesser.Guess([english, french]));
        Assert.Equal("fr", guesser.Guess([french, english]));
    }

    [Fact]
    public void A_word_listed_by_two_languages_counts_for_both_and_the_first_code_wins_a_tie()
    {
        var guesser = new LanguageGuesser(Small);

        Assert.Equal("en", guesser.Guess(["and and and"]));
    }

    /// <summary>Texts chosen to cross every case of the block-wise word finding, compared with a plain character-by-character count.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("abcdefghijklmno the")]
    [InlineData("abcdefghijklmnopq the of")]
    [InlineData("the of and le et de ve bir için été")]
    [InlineData("“The” of—and ‘le’ et… de “été” VE BİR İÇİN and the")]
    [InlineData("The 1st of 2 and 3rd, of-the and/the l’été de l'été")]
    [InlineData("verylongstopword VERYLONGSTOPWORD verylongstopwords the")]
    [InlineData("thethethethethethethethethethethe the the the")]
    [InlineData("ﬁve the ǅemal of 𝐀𝐁𝐂 and Ωmega the")]
    public void Counts_agree_with_reading_one_character_at_a_time(string text)
    {
        var guesser = new LanguageGuesser(Small);
        for (var cut = 0; cut <= Math.Min(text.Length, 20); cut++)
        {
            string[] paragraphs = [text[cut..], text[..cut], text + text];
            AssertSameSample(Small, guesser, paragraphs);
        }
    }

    [Fact]
    public void The_shipped_fixtures_are_counted_as_character_by_character()
    {
        var guesser = new LanguageGuesser(Shipped);
        var stories = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n\n"))
            .Select(story => story.Split('\n'))
            .ToList();

        Assert.True(stories.Count >= 50, $"only {stories.Count} texts");
        foreach (var story in stories)
        {
            AssertSameSample(Shipped, guesser, story);
        }
    }

    [Fact]
    public void Letter_masks_agree_with_char_IsLetter()
    {
        var random = new Random(7);
        const string alphabet = "aZ ,.'-09_\t’“ÉéİıßΩж中\u00A0\u2014";
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(0, LetterMask.BlockChars + 1);
            var chars = new char[length];
            var ascii = random.Next(2) == 0;
            for (var i = 0; i < length; i++)
            {
                chars[i] = ascii ? (char)random.Next(0, 128) : alphabet[random.Next(alphabet.Length)];
            }

            var expected = 0u;
            for (var i = 0; i < length; i++)
            {
                expected |= char.IsLetter(chars[i]) ? 1u << i : 0;
            }

            Assert.Equal(expected, LetterMask.Of(chars));
        }
    }

    [Fact]
    public void The_stopword_table_finds_packed_and_unpacked_words_and_nothing_else()
    {
        var table = new StopwordTable([["The", "of"], ["été", "de", "of"], ["averyverylongword"]]);

        Assert.Equal([0], table.LanguagesOf("the"));
        Assert.Equal([0, 1], table.LanguagesOf("of"));
        Assert.Equal([1], table.LanguagesOf("été"));
        Assert.Equal([2], table.LanguagesOf("averyverylongword"));
        Assert.Empty(table.LanguagesOf("th"));
        Assert.Empty(table.LanguagesOf("them"));
        Assert.Empty(table.LanguagesOf("ete"));
        Assert.Equal(17, table.LongestWord);

        Assert.True(StopwordTable.TryPackLetters("ThE", out var packed));
        Assert.Equal([0], table.LanguagesOf(packed));
        Assert.False(StopwordTable.TryPackLetters("Été", out _));
        Assert.False(StopwordTable.TryPackLetters("abcdefghi", out _));
    }

    [Fact]
    public void Packed_words_of_different_text_differ()
    {
        string[] words = ["a", "aa", "ab", "ba", "abcdefgh", "abcdefg", "bcdefgh", "zzzzzzzz"];

        var packed = words.Select(w => StopwordTable.TryPack(w, out var p) ? p : 0).ToList();

        Assert.DoesNotContain(0UL, packed);
        Assert.Equal(words.Length, packed.Distinct().Count());
    }

    private static void AssertSameSample(LanguageProfiles profiles, LanguageGuesser guesser, string[] paragraphs)
    {
        var (expectedWords, expectedHits) = ReferenceSample(profiles, paragraphs);
        var hits = new int[expectedHits.Length];

        var words = guesser.Sample(paragraphs, hits);

        Assert.Equal(expectedWords, words);
        Assert.Equal(expectedHits, hits);
    }

    /// <summary>The sample read plainly: every character tested on its own, every word lower-cased and compared with every list.</summary>
    private static (int Words, int[] Hits) ReferenceSample(LanguageProfiles profiles, IEnumerable<string> paragraphs)
    {
        var codes = profiles.Stopwords.Keys.Order(StringComparer.Ordinal).ToArray();
        var hits = new int[codes.Length];
        var words = 0;
        foreach (var paragraph in paragraphs)
        {
            var start = -1;
            for (var i = 0; i <= paragraph.Length && words < LanguageGuesser.SampleWords; i++)
            {
                var inWord = i < paragraph.Length && char.IsLetter(paragraph[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = paragraph[start..i].ToLowerInvariant();
                    start = -1;
                    words++;
                    for (var l = 0; l < codes.Length; l++)
                    {
                        hits[l] += profiles.Stopwords[codes[l]].Count(s => s.ToLowerInvariant() == word);
                    }
                }
            }
        }

        return (words, hits);
    }
}
