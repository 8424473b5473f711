using System.Buffers;

namespace Cleaner.Core.Rules;

/// <summary>
/// A set of characters asked about once per gate per line: ASCII members answer from two bit masks without a call;
/// the rare others from a search-values set.
/// </summary>
internal readonly struct CharSet
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly SearchValues<char>? _other;

    public CharSet(IEnumerable<char> members)
    {
        var other = new List<char>();
        foreach (var c in members)
        {
            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else if (c < 128)
            {
                _high |= 1UL << (c - 64);
            }
            else
            {
                other.Add(c);
            }
        }

        _other = other.Count > 0 ? SearchValues.Create(other.ToArray()) : null;
    }

    public bool Contains(char c) => c switch
    {
        < (char)64 => (_low & (1UL << c)) != 0,
        < (char)128 => (_high & (1UL << (c - 64))) != 0,
        _ => _other?.Contains(c) ?? false,
    };
}
