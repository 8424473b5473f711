using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Cleaner.Core.Text;

/// <summary>Which characters of a block of text are letters (<see cref="char.IsLetter(char)"/>), one bit each, the first in the lowest bit.</summary>
internal static class LetterMask
{
    public const int BlockChars = 16;

    public const uint FullBlock = (1u << BlockChars) - 1;

    /// <param name="block">Up to <see cref="BlockChars"/> characters; bits past its end are 0.</param>
    public static uint Of(ReadOnlySpan<char> block)
    {
        if (block.Length == BlockChars && Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(block);
            var first = Vector128.Create(units[..8]);
            var second = Vector128.Create(units[8..]);
            if (!Vector128.GreaterThanAny(first | second, Vector128.Create((ushort)0x7F)))
            {
                return AsciiLetters(first) | (AsciiLetters(second) << 8);
            }
        }

        return OneByOne(block);
    }

    /// <summary>The same answer a character at a time, for blocks with characters beyond ASCII.</summary>
    private static uint OneByOne(ReadOnlySpan<char> block)
    {
        var mask = 0u;
        for (var i = 0; i < block.Length; i++)
        {
            if (char.IsLetter(block[i]))
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    private static uint AsciiLetters(Vector128<ushort> chars)
    {
        var folded = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
        return Vector128.LessThan(folded, Vector128.Create((ushort)26)).ExtractMostSignificantBits();
    }
}
