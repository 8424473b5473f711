namespace Cleaner.Core.Rules;

/// <summary>
/// Which rule patterns a line can match at all, judged by its first two and last two characters: two table
/// lookups instead of asking each pattern's gate in turn. A line is tested against some seventy patterns, most
/// of which need a fixed text at the start or the end of the line ("share on", "(AP Photo/…)"), and few of those
/// texts open or close with the two characters a given line does. Patterns whose gate tests neither end are
/// always candidates. A candidate still goes through its own gate and regex: the index only ever narrows.
/// </summary>
public sealed class LineGateIndex
{
    // Bits 0..126 name one pattern each; bit 127 is shared by patterns beyond that and by patterns the index was
    // not built with, and is set for every line, so such patterns are always tried.
    private const int IndexedPatterns = 127;
    internal static readonly UInt128 SharedBit = UInt128.One << IndexedPatterns;

    // Characters fall into 32 classes, so a pair of them is one of 1,024 table cells (16 KB, cache-resident).
    // Letters are their own class whatever their case; classes only ever merge characters, which makes the index
    // coarser, never wrong.
    private const int Classes = 32;
    private const int Digit = 26;
    private const int Space = 27;
    private const int Bracket = 28;
    private const int Punctuation = 29;
    private const int NonAscii = 30;

    /// <summary>The class of the position past the text's end: a one-character line has no second character.</summary>
    private const int Past = 31;

    private static readonly byte[] AsciiClass = BuildAsciiClasses();

    private readonly UInt128[] _byStart;
    private readonly UInt128[] _byEnd;

    private LineGateIndex(UInt128[] byStart, UInt128[] byEnd)
    {
        _byStart = byStart;
        _byEnd = byEnd;
    }

    /// <summary>The patterns <paramref name="text"/> can match, as far as its two ends tell.</summary>
    public LineGates For(ReadOnlySpan<char> text)
    {
        // The end test looks past trailing white space, as the gates do.
        var trimmed = text.TrimEnd();
        var start = Cell(ClassAt(text, 0), ClassAt(text, 1));
        var end = Cell(ClassAt(trimmed, trimmed.Length - 1), ClassAt(trimmed, trimmed.Length - 2));
        return new LineGates(_byStart[start] & _byEnd[end]);
    }

    /// <summary>
    /// The patterns the line <paramref name="head"/> + space + <paramref name="tail"/> can match (both trimmed, not
    /// empty), told without building it.
    /// </summary>
    public LineGates ForJoined(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var start = Cell(ClassAt(head, 0), head.Length > 1 ? ClassAt(head, 1) : Space);
        var end = Cell(ClassAt(tail, tail.Length - 1), tail.Length > 1 ? ClassAt(tail, tail.Length - 2) : Space);
        return new LineGates(_byStart[start] & _byEnd[end]);
    }

    private static int ClassAt(ReadOnlySpan<char> text, int index) =>
        (uint)index >= (uint)text.Length ? Past : text[index] < 128 ? AsciiClass[text[index]] : NonAscii;

    private static int Cell(int first, int second) => (first * Classes) + second;

    /// <summary>Gives each pattern its bit and each list the union of its patterns' bits.</summary>
    internal static LineGateIndex Build(IReadOnlyList<LinePatterns> lists, IReadOnlyList<GatedRegex> loose)
    {
        var patterns = lists.SelectMany(list => list.Patterns).Concat(loose).Distinct().ToList();
        var byStart = new UInt128[Classes * Classes];
        var byEnd = new UInt128[Classes * Classes];
        Array.Fill(byStart, SharedBit);
        Array.Fill(byEnd, SharedBit);
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            if (i >= IndexedPatterns)
            {
                pattern.GateBit = SharedBit;
                continue;
            }

            var bit = UInt128.One << i;
            pattern.GateBit = bit;
            Register(byStart, bit, pattern.StartTexts, text => (text[0], text.Length > 1 ? text[1] : null));
            Register(byEnd, bit, pattern.EndTexts, text => (text[^1], text.Length > 1 ? text[^2] : null));
        }

        foreach (var list in lists)
        {
            list.GateBits = list.Patterns.Aggregate(UInt128.Zero, (bits, pattern) => bits | pattern.GateBit);
        }

        return new LineGateIndex(byStart, byEnd);
    }

    /// <summary>
    /// Sets <paramref name="bit"/> in every cell a line passing the test can fall in: the classes of every case of the
    /// outer character and of the one next to it, or, for a one-character text, any class at all in second place.
    /// No test means every cell.
    /// </summary>
    private static void Register(UInt128[] table, UInt128 bit, IReadOnlyList<string>? texts, Func<string, (char Outer, char? Next)> ends)
    {
        if (texts is null)
        {
            for (var cell = 0; cell < table.Length; cell++)
            {
                table[cell] |= bit;
            }

            return;
        }

        foreach (var text in texts)
        {
            var (outer, next) = ends(text);
            var seconds = next is { } c ? ClassesOf(c) : Enumerable.Range(0, Classes).ToArray();
            foreach (var first in ClassesOf(outer))
            {
                foreach (var second in seconds)
                {
                    table[Cell(first, second)] |= bit;
                }
            }
        }
    }

    /// <summary>The classes of every character a case-blind comparison takes for <paramref name="c"/>.</summary>
    private static int[] ClassesOf(char c) =>
        CaseVariants.SharingUpperCase([c]).Select(variant => variant < 128 ? AsciiClass[variant] : NonAscii).Distinct().ToArray();

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = (char)c switch
            {
                >= 'a' and <= 'z' => (byte)(c - 'a'),
                >= 'A' and <= 'Z' => (byte)(c - 'A'),
                >= '0' and <= '9' => Digit,
                '(' or ')' or '[' or ']' => Bracket,
                _ when char.IsWhiteSpace((char)c) || char.IsControl((char)c) => Space,
                _ => Punctuation,
            };
        }

        return classes;
    }
}

/// <summary>A line's candidate patterns from <see cref="LineGateIndex.For"/>.</summary>
public readonly record struct LineGates(UInt128 Candidates)
{
    /// <summary>Every pattern a candidate: for text the index was not asked about.</summary>
    public static LineGates All => new(UInt128.MaxValue);

    /// <summary>True when any of the patterns behind <paramref name="bits"/> may match.</summary>
    public bool Admit(UInt128 bits) => (Candidates & bits) != UInt128.Zero;

    public bool Admit(GatedRegex pattern) => (Candidates & pattern.GateBit) != UInt128.Zero;
}
