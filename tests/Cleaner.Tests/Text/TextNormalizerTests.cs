using System.Text;
using Cleaner.Core.Text;

namespace Cleaner.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Text_needing_no_change_is_returned_as_is()
    {
        var text = "Plain line\n  indented • bullet\t tab  \n\nالعربية ‌ZWNJ‍ZWJ\n";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("a\n\rb", "a\n\nb")]
    [InlineData("\r\nstart and end\r", "\nstart and end\n")]
    public void Crlf_and_lone_cr_become_lf(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void No_break_narrow_and_figure_spaces_become_plain_spaces()
    {
        Assert.Equal("10 000 km, 5 % and 1 234", TextNormalizer.Normalize("10\u00A0000 km, 5\u202F% and 1\u2007234"));
    }

    [Fact]
    public void Zero_width_space_word_joiner_bom_and_soft_hyphen_are_removed()
    {
        Assert.Equal("newspaper cooperation start", TextNormalizer.Normalize("news\u200Bpaper co\u00ADoper\u2060ation\uFEFF start"));
    }

    [Fact]
    public void Zero_width_joiner_and_non_joiner_are_kept()
    {
        const string persian = "می\u200Cخواهم";
        const string family = "👨\u200D👩\u200D👧";

        Assert.Equal(persian + " " + family, TextNormalizer.Normalize(persian + "\u00A0" + family));
    }

    [Fact]
    public void Indentation_bullets_and_trailing_spaces_are_left_alone()
    {
        Assert.Equal("    • item one  \n\t- item two\n", TextNormalizer.Normalize("    • item one  \r\n\t- item two\r\n"));
    }

    [Fact]
    public void Runtime_can_normalize_unicode()
    {
        // With InvariantGlobalization=true, .NET turns every normalization call into a silent no-op.
        Assert.True(
            "e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9",
            "Unicode normalization is unavailable in this process; InvariantGlobalization must be false for NFC to happen.");
    }

    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    [InlineData("S\u0327anlıurfa", "\u015Eanlıurfa")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    public void Decomposed_text_becomes_nfc(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Composition_happens_after_invisible_characters_are_removed()
    {
        Assert.Equal("caf\u00E9\nx", TextNormalizer.Normalize("cafe\u00AD\u0301\r\nx"));
    }

    [Fact]
    public void Mixed_special_characters_match_a_straightforward_reference()
    {
        const string alphabet = "ab \r\n\u00A0\u202F\u2007\u200B\u2060\uFEFF\u00AD\u200D";
        var random = new Random(42);
        for (var sample = 0; sample < 500; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var expected = text.Replace("\r\n", "\n").Replace('\r', '\n')
                .Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ')
                .Replace("\u200B", "").Replace("\u2060", "").Replace("\uFEFF", "").Replace("\u00AD", "");

            Assert.Equal(expected, TextNormalizer.Normalize(text));
        }
    }
}
