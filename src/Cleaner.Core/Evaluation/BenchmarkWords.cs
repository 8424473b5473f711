using System.Text;

namespace Cleaner.Core.Evaluation;

/// <summary>
/// Splits text into the benchmark's words: maximal runs of letters, numbers and underscores.
/// This mirrors Python's Unicode <c>\w+</c>, so a combining mark splits a word there and here alike;
/// .NET's <c>\w</c> would keep it, which is why a regex is not used.
/// Words keep their case: the benchmark compares them case-sensitively.
/// </summary>
public static class BenchmarkWords
{
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0)
                {
                    start = position;
                }
            }
            else if (start >= 0)
            {
                words.Add(text[start..position]);
                start = -1;
            }

            position += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            words.Add(text[start..]);
        }

        return words;
    }

    private static bool IsWordRune(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_';
}
