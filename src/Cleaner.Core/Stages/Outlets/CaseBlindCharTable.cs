namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Groups of values keyed by a character, found by any character whose invariant lower-case form is the key's.
/// Every character is mapped once when the table is built, so a lookup changes no case: lines often open or close
/// with characters beyond ASCII (curly quotes, dashes), whose case mapping is the slow kind.
/// </summary>
internal sealed class CaseBlindCharTable<T>
{
    private readonly T[]?[] _ascii = new T[]?[128];
    private readonly Dictionary<char, T[]> _beyondAscii = [];

    /// <param name="entries">Values with their key characters, in any case; values sharing a key keep their order.</param>
    public CaseBlindCharTable(IEnumerable<(char Key, T Value)> entries)
    {
        var byLower = entries.GroupBy(e => char.ToLowerInvariant(e.Key)).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray());
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (byLower.TryGetValue(char.ToLowerInvariant((char)c), out var values))
            {
                if (c < _ascii.Length)
                {
                    _ascii[c] = values;
                }
                else
                {
                    _beyondAscii[(char)c] = values;
                }
            }
        }
    }

    /// <summary>The values whose key is <paramref name="c"/> in some case; null for none.</summary>
    public T[]? this[char c] => c < _ascii.Length ? _ascii[c] : _beyondAscii.GetValueOrDefault(c);
}
