using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class TextMeasureTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   ", 0, 0)]
    [InlineData("  a  b  ", 4, 0)]
    [InlineData("one, two,\tthree\r\n", 16, 2)]
    [InlineData("واحد، اثنان，三、", 14, 3)]
    public void CountsCollapsedLengthAndCommas(string text, int length, int commas)
    {
        Assert.Equal(length, TextMeasure.CollapsedLength(text, out var counted));
        Assert.Equal(commas, counted);
    }

    [Fact]
    public void AgreesWithCharByCharMeasuringOnMixedText()
    {
        var random = new Random(11);
        const string alphabet = "ab,Z9 \t\n\r\u000B\u000C\u001C\u001F\u007F\u0085\u00A0\u200B،，、é漢";
        for (var round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(0, 70)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next(0x21, 0x7F);
            }

            var text = new string(chars);
            var expected = Reference(text, out var expectedCommas);
            Assert.Equal(expected, TextMeasure.CollapsedLength(text, out var commas));
            Assert.Equal(expectedCommas, commas);
        }
    }

    [Fact]
    public void TidyLinesAgreesWithLineByLineCollapsing()
    {
        var random = new Random(5);
        const string alphabet = "ab  |\n\t\u00A0\u200B.";
        for (var round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var raw = new string(chars);
            var expected = string.Join('\n', raw.Split('\n').Select(l => DomText.Collapse(l).Trim(' ', '|').Trim()).Where(l => l.Length > 0));
            Assert.Equal(expected, BlockText.TidyLines(raw));
        }
    }

    private static int Reference(string text, out int commas)
    {
        var length = 0;
        commas = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                length += space ? 0 : 1;
                space = true;
                continue;
            }

            space = false;
            length++;
            commas += c is ',' or '،' or '，' or '、' ? 1 : 0;
        }

        return length;
    }
}
