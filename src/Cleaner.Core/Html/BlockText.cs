using System.Buffers;

namespace Cleaner.Core.Html;

/// <summary>Whitespace handling for block text: inline runs collapsed, line breaks from &lt;br&gt; kept, &lt;pre&gt; kept as is.</summary>
internal static class BlockText
{
    /// <summary>What tidying changes besides edge spaces and double spaces: line breaks, cell bars, invisible chars, whitespace other than ' '.</summary>
    private static readonly SearchValues<char> Untidy = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => c is '\n' or '|' or '\u200B' or '\uFEFF' or '\u00AD' || (c != ' ' && DomText.IsSpace(c)))
            .ToArray());

    /// <summary>
    /// Each line of a block collapsed and trimmed of spaces and table-cell bars; empty lines dropped. One pass into one
    /// buffer, as this runs for every block of every page.
    /// </summary>
    public static string TidyLines(ReadOnlySpan<char> raw)
    {
        // Most blocks are one line of already collapsed text, which tidying would copy unchanged.
        var trimmed = raw.Trim(' ');
        var plain = trimmed.IndexOfAnyExceptInRange(' ', '~') < 0 ? !trimmed.Contains('|') : trimmed.IndexOfAny(Untidy) < 0;
        if (plain && trimmed.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return trimmed.Length == 0 ? "" : new string(trimmed);
        }

        // Collapsing never lengthens a line, and every kept line after the first reuses its own line break.
        var rented = ArrayPool<char>.Shared.Rent(raw.Length + 1);
        var output = rented.AsSpan();
        var length = 0;
        foreach (var range in raw.Split('\n'))
        {
            var start = length == 0 ? 0 : length + 1;
            var end = start + DomText.Collapse(raw[range], output[start..], keepEdgeSpaces: false);
            var first = start;
            while (first < end && output[first] is ' ' or '|')
            {
                first++;
            }

            while (end > first && output[end - 1] is ' ' or '|')
            {
                end--;
            }

            if (end == first)
            {
                continue;
            }

            if (length > 0)
            {
                output[length] = '\n';
            }

            output[first..end].CopyTo(output[start..]);
            length = start + end - first;
        }

        var tidy = new string(output[..length]);
        ArrayPool<char>.Shared.Return(rented);
        return tidy;
    }

    public static string TrimPre(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }
}
