using Cleaner.Core.Text;

namespace Cleaner.Tests.Text;

public sealed class LineTextTests
{
    [Theory]
    [InlineData("• Home", true)]
    [InlineData("    • Politics", true)]
    [InlineData("\t▪ Markets", true)]
    [InlineData("* Opinion", true)]
    [InlineData("► Watch", true)]
    [InlineData("Home", false)]
    [InlineData("  Home", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("5 • 6", false)]
    [InlineData("- The closures will affect about 600 staff", true)]
    [InlineData("-5 degrees overnight", false)]
    [InlineData("-", false)]
    public void IsBullet_looks_only_at_the_first_visible_character(string line, bool bullet)
    {
        Assert.Equal(bullet, LineText.IsBullet(line));
    }

    [Theory]
    [InlineData("  • Home  ", "Home")]
    [InlineData("• • ● Nested bullet", "Nested bullet")]
    [InlineData("Plain text", "Plain text")]
    [InlineData("   ", "")]
    [InlineData("Rates rose • again", "Rates rose • again")]
    [InlineData("  - Online orders grew", "Online orders grew")]
    [InlineData("-5 degrees overnight", "-5 degrees overnight")]
    public void StripBullet_removes_indentation_and_leading_bullets_only(string line, string text)
    {
        Assert.Equal(text, LineText.StripBullet(line));
    }

    [Fact]
    public void Key_makes_the_same_line_with_other_bullets_spacing_or_case_compare_equal()
    {
        var key = LineText.Key("Turkish FM says US suggested sending S-400s to Kiev");

        Assert.Equal("turkish fm says us suggested sending s-400s to kiev", key);
        Assert.Equal(key, LineText.Key("  • Turkish  FM says US\tsuggested sending S-400s to Kiev "));
        Assert.Equal(key, LineText.Key("TURKISH FM SAYS US SUGGESTED SENDING S-400S TO KIEV"));
        Assert.Equal(key, LineText.Key("Turkish FM says US\u2003suggested sending S-400s\u00A0to Kiev"));
        Assert.Equal("turkish fm’s “s-400” offer — état", LineText.Key("TURKISH FM’s\u205F“S-400” Offer — ÉTAT"));
        Assert.NotEqual(key, LineText.Key("Turkish FM says US suggested sending S-400s to Kiev."));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Short Url", 2)]
    [InlineData("S-400s", 2)]
    [InlineData("5,000 trees", 3)]
    [InlineData("don't stop", 3)]
    [InlineData("snake_case word", 2)]
    [InlineData("Türkiye’nin başkenti", 3)]
    [InlineData("مرحبا بالعالم", 2)]
    [InlineData("— • —", 0)]
    public void CountWords_counts_runs_of_letters_digits_and_underscores(string text, int words)
    {
        Assert.Equal(words, LineText.CountWords(text));
    }

    [Fact]
    public void CountWords_agrees_with_counting_char_by_char_on_long_mixed_lines()
    {
        var random = new Random(11);
        const string alphabet = "abcXYZ019_ -,.\t@[`{é٣ş’\u00A0";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var wordChar = char.IsLetterOrDigit(c) || char.IsNumber(c) || c == '_';
                expected += wordChar && !inWord ? 1 : 0;
                inWord = wordChar;
            }

            Assert.Equal(expected, LineText.CountWords(text));
        }
    }

    [Theory]
    [InlineData("The vote was delayed.", true)]
    [InlineData("Was the vote delayed?", true)]
    [InlineData("It was, she said, “transformational.”", true)]
    [InlineData("He added (without elaborating.)", true)]
    [InlineData("Key points:", true)]
    [InlineData("And then…", true)]
    [InlineData("Council delays vote on tram line", false)]
    [InlineData("Called the order “a first step”", false)]
    [InlineData("", false)]
    [InlineData("”", false)]
    public void EndsLikeSentence_sees_through_closing_quotes_and_brackets(string text, bool ends)
    {
        Assert.Equal(ends, LineText.EndsLikeSentence(text));
    }

    [Theory]
    [InlineData("ANKARA", 1.0)]
    [InlineData("ANKARA/WASHINGTON", 1.0)]
    [InlineData("Ankara", 1.0 / 6)]
    [InlineData("2025", 0.0)]
    [InlineData("", 0.0)]
    public void UppercaseShare_is_the_share_of_letters_in_upper_case(string text, double share)
    {
        Assert.Equal(share, LineText.UppercaseShare(text), 6);
    }

    [Theory]
    [InlineData("Home", 0)]
    [InlineData("    • Politics", 4)]
    [InlineData("\t\tMarkets", 2)]
    [InlineData("   ", 3)]
    public void Indent_counts_leading_spaces_and_tabs(string line, int indent)
    {
        Assert.Equal(indent, LineText.Indent(line));
    }
}
