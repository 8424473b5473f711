using System.Text.RegularExpressions;
using Cleaner.Core.Rules;

namespace Cleaner.Tests.Rules;

public sealed class PatternLiteralsTests
{
    [Theory]
    [InlineData(@"^Updated \d", "updated ")]
    [InlineData(@"(?i)^(Published|Updated):? \d", "published |published: |updated |updated: ")]
    [InlineData(@"^(?i:tags?|topics?)\s*:", "tag|topic")]
    [InlineData(@"(?i)^(©|\(c\)|copyright\b).{0,200}$", "©|(c)|copyright")]
    [InlineData(@"^(?i:special to|for) (the |The )?\p{Lu}", "for |special to ")]
    [InlineData(@"^e-?mail (this|the) page$", "e-mail the page|e-mail this page|email the page|email this page")]
    [InlineData(@"\A\x41\u00E9\t", "aé\t")]
    [InlineData(@"^(?-i:ANKARA|İZMİR)$", "ankara|İzmİr")]
    [InlineData("^\u212Aelvin", "\u212Aelvin")]
    public void Prefixes_are_every_text_a_match_can_start_with(string pattern, string expected)
    {
        var literals = PatternLiterals.Of(pattern);

        Assert.True(literals.AnchoredAtStart);
        Assert.Equal(Sorted(expected), Sorted(literals.Prefixes));
        AgreesWithTheRegex(pattern, literals);
    }

    [Theory]
    [InlineData(@"(?i)^\d+\s*(shares?|views?)$", "share|shares|view|views")]
    [InlineData(@"\((AP|AFP) Photo[^()]{0,80}\)\s*$", ")")]
    [InlineData(@"Purchase Licensing Rights\s*$", "purchase licensing rights")]
    [InlineData(@"[—–-]\s*(?i:file photo|photo)\s*$", "photo")]
    [InlineData(@" contributed reporting\.?\z", " contributed reporting| contributed reporting.")]
    [InlineData(@"(?:\(Reuters\)\s*$)|(?:\(AP\)$)", "(ap)|(reuters)")]
    [InlineData(@"^\p{Lu}\p{L}+, [a-z ]+(editor|correspondent)$", "editor|correspondent")]
    [InlineData(@"^(Updated: )?[A-Z][a-z]{2} \d{2}:\d{2} IST$", " ist")]
    public void Suffixes_are_every_text_a_trimmed_match_can_end_with(string pattern, string expected)
    {
        var literals = PatternLiterals.Of(pattern);

        Assert.True(literals.AnchoredAtEnd);
        Assert.Equal(Sorted(expected), Sorted(literals.Suffixes));
        AgreesWithTheRegex(pattern, literals);
    }

    [Theory]
    [InlineData(@"\b(Getty Images|Shutterstock)\s*\)?", "getty images|shutterstock")]
    [InlineData(@",\s+(Monday|Sunday),\s+(Jan|Feb)\w*", "monday,|sunday,")]
    [InlineData(@"(\d+|one|two) (thoughts?|comments?) on\b", " comment on| comments on| thought on| thoughts on")]
    [InlineData(@"^(?=.{1,70}(?i:staff contributed))\p{Lu}\w+", "staff contributed")]
    [InlineData(@"\b(REUTERS|AFP|AP)\s*/\s*\p{Lu}", "/")]
    [InlineData(@"©\s*\d{4}", "©")]
    [InlineData(@"(?<name>\p{Lu}\w+)['’]s staff", "'s staff|’s staff")]
    public void Contained_is_the_set_that_narrows_most(string pattern, string expected)
    {
        var literals = PatternLiterals.Of(pattern);

        Assert.Equal(Sorted(expected), Sorted(literals.Contained));
        AgreesWithTheRegex(pattern, literals);
    }

    [Theory]
    [InlineData(@"(?x) ^ By \s+ \w+")]
    [InlineData(@"(?m)^By \w+$")]
    [InlineData(@"\GBy")]
    [InlineData(@"(?(x)By|To)")]
    [InlineData(@"^(\p{Lu}\w+ ){2,4}\d{4}$")]
    [InlineData(@"^(By|)\s\w+")]
    [InlineData(@"(?:photo)?\s*\d+")]
    [InlineData(@"^\p{Lu}+|by$")]
    public void Patterns_it_cannot_follow_or_that_require_no_text_give_nothing(string pattern)
    {
        var literals = PatternLiterals.Of(pattern);

        Assert.Empty(literals.Prefixes);
        Assert.Empty(literals.Suffixes);
        Assert.True(PatternLiterals.Strength(literals.Contained) < PatternLiterals.SearchWorthyStrength, string.Join("|", literals.Contained));
    }

    [Fact]
    public void Sets_that_would_grow_too_large_are_cut_to_the_longest_pieces_that_fit()
    {
        var days = string.Join('|', Enumerable.Range(1, 40).Select(i => $"d{i:00}"));
        var literals = PatternLiterals.Of($"^({days}) x$");

        Assert.Equal(["d0", "d1", "d2", "d3", "d4"], Sorted(literals.Prefixes));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"{i} x"), Sorted(literals.Suffixes));

        var cities = PatternLiterals.Of("^(?-i:" + string.Join('|', Enumerable.Range(0, 40).Select(i => $"{(char)('A' + (i % 20))}{(char)('A' + (i / 20))}TOWN")) + ")$");
        Assert.Equal(20, cities.Prefixes.Count);
        Assert.All(cities.Prefixes, prefix => Assert.Single(prefix));
        Assert.Equal(["atown", "btown"], Sorted(cities.Suffixes));
        AgreesWithTheRegex("^(?-i:" + string.Join('|', Enumerable.Range(0, 40).Select(i => $"{(char)('A' + (i % 20))}{(char)('A' + (i / 20))}TOWN")) + ")$", cities);
    }

    [Fact]
    public void Sets_too_large_even_as_single_characters_are_given_up()
    {
        var letters = string.Join('|', Enumerable.Range(0, 40).Select(i => $"{(char)('\u4E00' + i)}"));
        var literals = PatternLiterals.Of($"^({letters})$");

        Assert.Empty(literals.Prefixes);
        Assert.Empty(literals.Suffixes);
    }

    [Fact]
    public void Classes_of_a_few_characters_are_spelled_out_and_wide_or_negated_ones_are_not()
    {
        Assert.Equal(Sorted("a-b|a–b|a—b"), Sorted(PatternLiterals.Of(@"^a[—–-]b").Prefixes));
        Assert.Equal(["a"], PatternLiterals.Of(@"^a[^-]b").Prefixes);
        Assert.Equal(["a"], PatternLiterals.Of(@"^a[a-z]b").Prefixes);
        Assert.Equal(Sorted("a]b|a^b"), Sorted(PatternLiterals.Of(@"^a[]^]b").Prefixes));
    }

    /// <summary>Lines built from the texts still match where the pattern allows; a line missing them never does.</summary>
    private static void AgreesWithTheRegex(string pattern, PatternLiterals literals)
    {
        var gated = new GatedRegex(new Regex(pattern, RegexOptions.CultureInvariant), pattern);
        Assert.True(gated.IsGated, pattern);
        foreach (var line in new[] { "", " ", "Nothing to see here.", "By the way", "12", "x", "©" })
        {
            Assert.True(!gated.Regex.IsMatch(line) || gated.MayMatch(line), $"gate hides a match of {pattern} in \"{line}\"");
        }
    }

    private static string[] Sorted(string joined) => Sorted(joined.Split('|'));

    private static string[] Sorted(IEnumerable<string> texts) => texts.Order(StringComparer.Ordinal).ToArray();
}
