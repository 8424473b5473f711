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
    private readonly int _longestName;

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
        _longestName = names.Select(n => n.Name.Length).DefaultIfEmpty(0).Max();
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
        // Each character's step waits on the table load of the one before; reading the two halves of a line side by
        // side lets two such chains overlap. The second half starts far enough back that no name is cut in two.
        var half = text.Length / 2;
        if (half < _longestName)
        {
            return FlagsIn(text, flags, 0, 0);
        }

        var first = text[..(half + _longestName - 1)];
        var second = text[half..];
        var both = Math.Min(first.Length, second.Length);
        var found = 0;
        var firstRow = 0;
        var secondRow = 0;
        var next = _next;
        var symbolOf = _symbolOf;
        for (var i = 0; i < both; i++)
        {
            var firstEntry = next[firstRow + symbolOf[first[i]]];
            var secondEntry = next[secondRow + symbolOf[second[i]]];
            found |= (firstEntry | secondEntry) & flags;
            if (found == flags)
            {
                return (byte)found;
            }

            firstRow = firstEntry >> 8;
            secondRow = secondEntry >> 8;
        }

        return first.Length > both ? FlagsIn(first[both..], flags, firstRow, found) : FlagsIn(second[both..], flags, secondRow, found);
    }

    /// <summary>The scan from a given row (0 to start afresh), adding to the flags already found.</summary>
    private byte FlagsIn(ReadOnlySpan<char> text, byte flags, int row, int found)
    {
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
