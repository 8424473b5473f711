namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Finds whether any of a set of names occurs in a line, case-blind, in one pass over its characters
/// (an Aho–Corasick automaton compiled to a transition table). Each name carries a flag, so one scan
/// answers both "any outlet named?" and "any outlet named whose credit counts?".
/// </summary>
internal sealed class NameScanner
{
    private readonly ushort[] _symbolOf;
    private readonly int[] _next;

    /// <param name="names">Lower-case names, each with the flags it raises when found.</param>
    public NameScanner(IReadOnlyList<(string Name, byte Flags)> names)
    {
        var symbolOfLower = new ushort[char.MaxValue + 1];
        var symbols = 1;
        foreach (var (name, _) in names)
        {
            foreach (var c in name)
            {
                if (symbolOfLower[c] == 0)
                {
                    symbolOfLower[c] = (ushort)symbols++;
                }
            }
        }

        // Any character's symbol is its lower-case form's, looked up once here rather than for every character scanned.
        _symbolOf = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            _symbolOf[c] = symbolOfLower[char.ToLowerInvariant((char)c)];
        }

        var trie = new List<int[]> { new int[symbols] };
        var found = new List<byte> { 0 };
        foreach (var (name, flags) in names)
        {
            var state = 0;
            foreach (var c in name)
            {
                var symbol = symbolOfLower[c];
                if (trie[state][symbol] == 0)
                {
                    trie[state][symbol] = trie.Count;
                    trie.Add(new int[symbols]);
                    found.Add(0);
                }

                state = trie[state][symbol];
            }

            found[state] |= flags;
        }

        // Breadth-first: each state falls back to the longest proper suffix that is also a prefix, inheriting its
        // flags; missing transitions are filled from the fallback, which turns the trie into a plain lookup table.
        var fallback = new int[trie.Count];
        var queue = new Queue<int>();
        for (var s = 1; s < symbols; s++)
        {
            if (trie[0][s] != 0)
            {
                queue.Enqueue(trie[0][s]);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            found[state] |= found[fallback[state]];
            for (var s = 1; s < symbols; s++)
            {
                var child = trie[state][s];
                if (child == 0)
                {
                    trie[state][s] = trie[fallback[state]][s];
                    continue;
                }

                fallback[child] = trie[fallback[state]][s];
                queue.Enqueue(child);
            }
        }

        // Each entry holds the next state's row offset (state × symbols) above the flags that state raises, so a
        // character costs one table load, with no multiplication and no second lookup for the flags.
        if ((long)trie.Count * symbols >= 1 << 23)
        {
            throw new ArgumentException($"too many names for one scanner ({trie.Count} states)", nameof(names));
        }

        _next = trie.SelectMany(row => row.Select(state => (state * symbols << 8) | found[state])).ToArray();
    }

    /// <summary>True when the text holds a name carrying any of the given flags.</summary>
    public bool Finds(ReadOnlySpan<char> text, byte flags)
    {
        var row = 0;
        var next = _next;
        var symbolOf = _symbolOf;
        foreach (var c in text)
        {
            var entry = next[row + symbolOf[c]];
            if ((entry & flags) != 0)
            {
                return true;
            }

            row = entry >> 8;
        }

        return false;
    }

    /// <summary>Which of the given flags the names in the text carry; stops as soon as it has found them all.</summary>
    public byte FlagsIn(ReadOnlySpan<char> text, byte flags)
    {
        var found = 0;
        var row = 0;
        var next = _next;
        var symbolOf = _symbolOf;
        foreach (var c in text)
        {
            var entry = next[row + symbolOf[c]];
            found |= entry & flags;
            if (found == flags)
            {
                break;
            }

            row = entry >> 8;
        }

        return (byte)found;
    }
}
