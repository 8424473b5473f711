using Cleaner.Core.Model;

namespace Cleaner.Core.Stages;

/// <summary>Splits LF-normalized text into lines, refusing any line too long to come from a text dump.</summary>
internal static class LineSplitter
{
    /// <summary>A final line end does not start another (empty) line; blank lines elsewhere are kept.</summary>
    public static List<string> Split(string text, int maxLineChars)
    {
        var span = text.AsSpan();
        if (span.EndsWith('\n'))
        {
            span = span[..^1];
        }

        var lines = new List<string>(span.Count('\n') + 1);
        while (true)
        {
            var end = span.IndexOf('\n');
            var line = end < 0 ? span : span[..end];
            if (line.Length > maxLineChars)
            {
                throw new InputRejectedException(RejectionReasons.LineTooLong(lines.Count + 1, line.Length, maxLineChars));
            }

            lines.Add(line.ToString());
            if (end < 0)
            {
                return lines;
            }

            span = span[(end + 1)..];
        }
    }
}
