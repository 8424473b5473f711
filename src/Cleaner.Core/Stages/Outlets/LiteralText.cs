namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// A fixed piece of text a pattern needs, with the character it is looked for by: its least common one, so a
/// single vectorized pass over a line for all pieces' anchor characters finds the few places worth comparing.
/// </summary>
internal readonly struct LiteralText
{
    private const string LettersByFrequency = "etaoinsrhldcumfpgwybvkxjqz";

    public LiteralText(string text)
    {
        Text = text;
        var anchor = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (Commonness(text[i]) < Commonness(text[anchor]))
            {
                anchor = i;
            }
        }

        AnchorOffset = anchor;
        Anchor = text[anchor];
    }

    public string Text { get; }

    public char Anchor { get; }

    public int AnchorOffset { get; }

    /// <summary>True when the piece sits in the line with its anchor character at <paramref name="at"/>; case-blind.</summary>
    public bool IsAt(ReadOnlySpan<char> line, int at)
    {
        var start = at - AnchorOffset;
        return start >= 0 && start + Text.Length <= line.Length && line.Slice(start, Text.Length).Equals(Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Rough share of news text made of this character: spaces and common letters high, brackets and slashes low.</summary>
    private static int Commonness(char c)
    {
        if (c == ' ')
        {
            return 100;
        }

        var letter = LettersByFrequency.IndexOf(char.ToLowerInvariant(c));
        if (letter >= 0)
        {
            return 60 - letter;
        }

        return c switch
        {
            ',' or '.' => 40,
            _ when char.IsLetter(c) => 20,
            _ when char.IsDigit(c) => 15,
            '-' or '\'' or '’' or '"' or '“' or '”' => 10,
            ':' => 5,
            _ => 0,
        };
    }
}
