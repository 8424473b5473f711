using Cleaner.Core.Model;

namespace Cleaner.Core.Stages.Lines;

/// <summary>The nearest lines that hold text on either side of a line, blank lines skipped.</summary>
internal static class NonBlankLines
{
    /// <summary>The first line after <paramref name="i"/>, and before <paramref name="end"/>, that is not blank; null when there is none.</summary>
    public static int? After(IReadOnlyList<AnalyzedLine> lines, int i, int end)
    {
        for (var j = i + 1; j < end; j++)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>The last line before <paramref name="i"/>, and not before <paramref name="first"/>, that is not blank; null when there is none.</summary>
    public static int? Before(IReadOnlyList<AnalyzedLine> lines, int i, int first)
    {
        for (var j = i - 1; j >= first; j--)
        {
            if (!lines[j].IsBlank)
            {
                return j;
            }
        }

        return null;
    }
}
