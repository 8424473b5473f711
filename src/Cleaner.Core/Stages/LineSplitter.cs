using Cleaner.Core.Model;

namespace Cleaner.Core.Stages;

/// <summary>Splits LF-normalized text into lines, refusing any line too long to come from a text dump.</summary>
internal static class LineSplitter
{
    /// <summary>A final line end does not start another (empty) line; blank lines elsewhere are kept.</summary>
    public static List<string> Split(ReadOnlySpan<char> text, int maxLineChars)
    {
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        var lines = new List<string>(text.Count('\n') + 1);
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (line.Length > maxLineChars)
            {
                throw new InputRejectedException(RejectionReasons.LineTooLong(lines.Count + 1, line.Length, maxLineChars));
            }

            lines.Add(line.ToString());
            if (end < 0)
            {
                return lines;
            }

            text = text[(end + 1)..];
        }
    }
}
