using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Cleaner.Core.Html;

/// <summary>Text length as displayed, measured on every text node of every page without building the collapsed text.</summary>
internal static class TextMeasure
{
    /// <summary>Length with whitespace runs counted once (leading ones not at all), and the commas (Latin, Arabic, CJK) along the way.</summary>
    public static int CollapsedLength(ReadOnlySpan<char> text, out int commas)
    {
        var length = 0;
        commas = 0;
        var space = true;
        var i = 0;

        // Runs of eight printable ASCII or ASCII whitespace chars are measured at once; anything else char by char.
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                var printable = Vector128.LessThan(chars - Vector128.Create((ushort)0x20), Vector128.Create((ushort)(0x7F - 0x20)));
                var asciiSpace = Vector128.Equals(chars, Vector128.Create((ushort)' '))
                                 | Vector128.LessThan(chars - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t' + 1)));
                if ((printable | asciiSpace) != Vector128<ushort>.AllBitsSet)
                {
                    for (var j = 0; j < Vector128<ushort>.Count; j++)
                    {
                        Step(text[i + j], ref length, ref commas, ref space);
                    }

                    continue;
                }

                var spaces = asciiSpace.ExtractMostSignificantBits();
                var runStarts = spaces & ~((spaces << 1) | (space ? 1u : 0u));
                length += Vector128<ushort>.Count - BitOperations.PopCount(spaces) + BitOperations.PopCount(runStarts);
                commas += BitOperations.PopCount(Vector128.Equals(chars, Vector128.Create((ushort)',')).ExtractMostSignificantBits());
                space = (spaces & (1u << (Vector128<ushort>.Count - 1))) != 0;
            }
        }

        for (; i < text.Length; i++)
        {
            Step(text[i], ref length, ref commas, ref space);
        }

        return length;
    }

    private static void Step(char c, ref int length, ref int commas, ref bool space)
    {
        if (DomText.IsSpace(c))
        {
            if (!space)
            {
                length++;
                space = true;
            }

            return;
        }

        space = false;
        length++;
        if (c is ',' or '،' or '，' or '、')
        {
            commas++;
        }
    }
}
