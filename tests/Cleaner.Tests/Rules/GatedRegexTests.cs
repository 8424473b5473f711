using System.Text.Json;
using System.Text.RegularExpressions;
using Cleaner.Core.Rules;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Rules;

public sealed class GatedRegexTests
{
    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(@"^By (?<authors>.+)$", "By Jane Roe", true)]
    [InlineData(@"^By (?<authors>.+)$", "Stand by me", false)]
    [InlineData(@"Purchase Licensing Rights\s*$", "A man walks. REUTERS/Jane Roe Purchase Licensing Rights", true)]
    [InlineData(@"\((AP|AFP) Photo[^()]{0,80}\)\s*$", "Rescuers search the rubble. (AP Photo/Jane Roe)  ", true)]
    [InlineData(@"\((AP|AFP) Photo[^()]{0,80}\)\s*$", "Rescuers search the rubble, officials said.", false)]
    [InlineData(@"\b(Getty Images|Shutterstock)\s*\)?\s*$", "A crowd gathers. Jane Roe/GETTY IMAGES", true)]
    [InlineData(@"\b(Getty Images|Shutterstock)\s*\)?\s*$", "A crowd gathers in the square.", false)]
    [InlineData(@"©\s*\d{4}", "© 2025 The Daily Example", true)]
    [InlineData(@"©\s*\d{4}", "Copyright 2025 The Daily Example", false)]
    [InlineData(@"(?i)^(read more|also read)\s*:", "READ MORE: the budget", true)]
    [InlineData(@"(?i)^(read more|also read)\s*:", "Readers said: no", false)]
    [InlineData(@"\(Reuters\) -", "LONDON (REUTERS) - shares fell", true)]
    [InlineData(@"\(Reuters\) -", "LONDON - shares fell", false)]
    [InlineData(@"(?i)^\d+\s*(shares?|views?)$", "1.2K Shares ", true)]
    [InlineData(@"(?i)^\d+\s*(shares?|views?)$", "12 likes", false)]
    [InlineData(@"(?i)^(©|\(c\)|copyright\b).{0,200}$", "(C) 2025 The Daily Example", true)]
    [InlineData(@"(?i)^(©|\(c\)|copyright\b).{0,200}$", "Copy editors wanted", false)]
    [InlineData(@"^(?=.{1,70}(?i:staff contributed))(?<name>\p{Lu}[\p{L} .-]{1,60}?)(['’]s)? (?i:staff contributed to this report)\.?$", "Example News’s staff contributed to this report.", true)]
    [InlineData(@"^(?=.{1,70}(?i:staff contributed))(?<name>\p{Lu}[\p{L} .-]{1,60}?)(['’]s)? (?i:staff contributed to this report)\.?$", "Example News staff wrote this report.", false)]
    public void The_gate_lets_through_every_line_that_could_match(string pattern, string line, bool mayMatch)
    {
        var gated = new GatedRegex(Compile(pattern), pattern);

        Assert.True(gated.IsGated);
        Assert.Equal(mayMatch, gated.MayMatch(line));
    }

    [Theory]
    [InlineData("adjust font size|adjust text size|change font size|change text size", "t size")]
    [InlineData("support independent journalism|support our journalism", " journalism")]
    [InlineData("photo|image|picture", "")]
    [InlineData("abc", "abc")]
    public void The_longest_piece_shared_by_all_texts_is_found(string texts, string piece)
    {
        Assert.Equal(piece, GatedRegex.SharedPiece(texts.Split('|')));
    }

    [Fact]
    public void A_pattern_searched_for_by_a_shared_piece_still_finds_every_line_it_matches()
    {
        const string pattern = @"(?i)^.{0,80}\b(adjust|change) (font|text) size\s*:?$";
        var gated = new GatedRegex(Compile(pattern), pattern);

        Assert.True(gated.IsMatch("Adjust Font Size:"));
        Assert.True(gated.IsMatch("Share this page · CHANGE TEXT SIZE"));
        Assert.False(gated.MayMatch("A small size of fonts"));
        Assert.True(gated.MayMatch("The first size was set"));
        Assert.False(gated.IsMatch("The first size was set"));
    }

    [Fact]
    public void A_gated_pattern_starts_interpreted_and_is_compiled_once_its_gate_has_let_many_lines_through()
    {
        var gated = GatedRegex.Compile(@"^By (?<authors>.+)$", "test");
        Assert.True(gated.IsGated);
        Assert.False(gated.Regex.Options.HasFlag(RegexOptions.Compiled));

        for (var i = 0; i < 10 * GatedRegex.CompileAfterPasses; i++)
        {
            // Lines the gate stops do not count.
            Assert.False(gated.IsMatch("Stand by me"));
        }

        Assert.False(gated.Regex.Options.HasFlag(RegexOptions.Compiled));
        for (var i = 0; i < GatedRegex.CompileAfterPasses; i++)
        {
            Assert.Equal("Jane Roe", gated.Match("By Jane Roe").Groups["authors"].Value);
        }

        Assert.True(gated.Regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.Equal("Jane Roe", gated.Match("By Jane Roe").Groups["authors"].Value);
        Assert.False(gated.IsMatch("By"));
    }

    [Fact]
    public void A_pattern_without_a_gate_is_compiled_from_the_start()
    {
        var gated = GatedRegex.Compile(@"^(\p{Lu}\w+ ){2,4}\d{4}$", "test");

        Assert.False(gated.IsGated);
        Assert.True(gated.Regex.Options.HasFlag(RegexOptions.Compiled));
    }

    [Fact]
    public void Key_lower_casing_matches_the_invariant_culture_for_every_character()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = $"Ab{(char)c}’C";
            Assert.True(string.Equals(text.ToLowerInvariant(), Cleaner.Core.Text.LineText.Lower(text), StringComparison.Ordinal), $"U+{c:X4}");
        }
    }

    [Fact]
    public void A_pattern_made_of_classes_and_groups_is_not_gated_and_always_runs()
    {
        const string pattern = @"^(\p{Lu}\w+ ){2,4}\d{4}$";
        var gated = new GatedRegex(Compile(pattern), pattern);

        Assert.False(gated.IsGated);
        Assert.True(gated.IsMatch("Monday Morning Report 2025"));
    }

    [Fact]
    public void Free_spacing_patterns_are_not_gated_because_their_spaces_are_not_text()
    {
        const string pattern = @"(?x) ^ By \s+ \w+";
        var gated = new GatedRegex(Compile(pattern), pattern);

        Assert.False(gated.IsGated);
        Assert.True(gated.IsMatch("By Jane"));
    }

    /// <summary>
    /// The gate must never hide a match: every shipped boilerplate pattern, tried on every line of the bundled
    /// fixtures, as written and upper-cased, gives the same answer with and without its gate.
    /// </summary>
    [Fact]
    public void Shipped_patterns_give_the_same_answer_with_and_without_their_gate()
    {
        var lines = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .SelectMany(line => new[] { line, line.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var patterns = ShippedPatterns();
        Assert.True(patterns.Count > 40, $"expected the shipped pattern lists, found {patterns.Count} patterns");

        var gatedCount = 0;
        var matchesSeen = 0;
        foreach (var pattern in patterns)
        {
            var regex = Compile(pattern);
            var gated = new GatedRegex(regex, pattern);
            gatedCount += gated.IsGated ? 1 : 0;
            foreach (var line in lines)
            {
                var expected = regex.IsMatch(line);
                matchesSeen += expected ? 1 : 0;
                Assert.True(expected == gated.IsMatch(line), $"pattern {pattern} on line \"{line}\": without gate {expected}");
            }
        }

        Assert.True(gatedCount >= patterns.Count / 3, $"only {gatedCount} of {patterns.Count} patterns have a gate");
        Assert.True(matchesSeen > 100, $"the fixtures should exercise the patterns ({matchesSeen} matches)");
    }

    private static List<string> ShippedPatterns()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.PipelineConfig, "boilerplate.json")), options);
        return document.RootElement.EnumerateObject()
            .Where(property => property.Name.EndsWith("Patterns", StringComparison.Ordinal))
            .SelectMany(property => property.Value.EnumerateArray().Select(item => item.GetString()!))
            .ToList();
    }
}
