using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class WordUnitsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("The harbour reopened on Tuesday, after 3 weeks.", 8)]
    [InlineData("snake_case and kebab-case", 4)]
    [InlineData("東京都の会議", 3)]
    [InlineData("Café crème brûlée served at 9:30", 7)]
    public void CountsWordsAndHalfWordsForCjk(string text, int expected) => Assert.Equal(expected, WordUnits.Count(text));

    [Fact]
    public void AgreesWithCharByCharCountingOnMixedText()
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ019_ -,.\n\t@[`{é漢字ア가\u00A0";
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 90)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), WordUnits.Count(text));
        }
    }

    private static int Reference(string text)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                cjk++;
                inWord = false;
                continue;
            }

            var wordChar = char.IsLetterOrDigit(c) || c == '_';
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return words + cjk / 2;
    }
}
