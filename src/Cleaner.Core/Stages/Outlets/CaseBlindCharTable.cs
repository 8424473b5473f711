using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Groups of values keyed by a character, found by any character whose invariant lower-case form is the key's.
/// Every case of each key is entered when the table is built (<see cref="CaseVariants"/>), so a lookup changes no
/// case: lines often open or close with characters beyond ASCII (curly quotes, dashes), whose case mapping is the
/// slow kind.
/// </summary>
internal sealed class CaseBlindCharTable<T>
{
    private readonly T[]?[] _ascii = new T[]?[128];
    private readonly Dictionary<char, T[]> _beyondAscii = [];

    /// <param name="entries">Values with their key characters, in any case; values sharing a key keep their order.</param>
    public CaseBlindCharTable(IEnumerable<(char Key, T Value)> entries)
    {
        foreach (var group in entries.GroupBy(e => char.ToLowerInvariant(e.Key)))
        {
            var values = group.Select(e => e.Value).ToArray();
            foreach (var c in CaseVariants.WithLowerCase(group.Key))
            {
                if (c < _ascii.Length)
                {
                    _ascii[c] = values;
                }
                else
                {
                    _beyondAscii[c] = values;
                }
            }
        }
    }

    /// <summary>The values whose key is <paramref name="c"/> in some case; null for none.</summary>
    public T[]? this[char c] => c < _ascii.Length ? _ascii[c] : _beyondAscii.GetValueOrDefault(c);
}
