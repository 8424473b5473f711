using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Stages;

/// <summary>
/// Joins the lines of a dump that was hard-wrapped at a fixed width (a terminal rendering, a mail archive) back into
/// one line per paragraph, so the later stages see paragraphs as every other dump gives them. A dump counts as
/// wrapped when its longest line is terminal-sized and most of its lines run on into the next one; any other dump
/// is left exactly as read.
/// </summary>
public sealed class HardWrapJoiner(HardWrapSettings settings)
{
    private readonly HashSet<string> _continuationWords = new(settings.ContinuationWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>The joined lines, or null when <paramref name="lines"/> are not hard-wrapped.</summary>
    public WrappedLines? Join(IReadOnlyList<string> lines)
    {
        var width = 0;
        var nonBlank = 0;
        foreach (var line in lines)
        {
            var length = line.AsSpan().Trim().Length;
            width = Math.Max(width, length);
            nonBlank += length > 0 ? 1 : 0;
        }

        if (nonBlank < settings.MinLines || width < settings.MinWidth || width > settings.MaxWidth)
        {
            return null;
        }

        var runsOn = new bool[lines.Count];
        var runOns = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            runsOn[i] = RunsOn(lines[i].Trim(), lines[i + 1].Trim(), width);
            runOns += runsOn[i] ? 1 : 0;
        }

        if (runOns < settings.MinRunOnShare * nonBlank)
        {
            return null;
        }

        var joined = new List<string>();
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            starts.Add(i);
            var first = i;
            while (runsOn[i])
            {
                i++;
            }

            joined.Add(i == first ? lines[i].TrimEnd() : string.Join(' ', lines.Skip(first).Take(i - first + 1).Select((line, k) => k == 0 ? line.TrimEnd() : line.Trim())));
        }

        starts.Add(lines.Count);
        return new WrappedLines(joined, starts, width);
    }

    /// <summary>
    /// True when <paramref name="next"/> continues <paramref name="line"/>'s paragraph: the line had no room left for
    /// the next line's first word (unless a sentence ends there and a capital opens the next), or the line stops
    /// mid-sentence where the next goes on in lower case or after a word that ends no sentence or headline ("the").
    /// </summary>
    private bool RunsOn(string line, string next, int width)
    {
        if (line.Length == 0 || next.Length == 0)
        {
            return false;
        }

        var nextWord = next.AsSpan()[..FirstSpaceOrEnd(next)];
        var endsSentence = LineText.EndsLikeSentence(line);
        var full = line.Length + 1 + nextWord.Length > width;
        if (full)
        {
            return !endsSentence || !char.IsUpper(next[0]);
        }

        return !endsSentence && (char.IsLower(next[0]) || _continuationWords.Contains(line[(line.LastIndexOf(' ') + 1)..]));
    }

    private static int FirstSpaceOrEnd(string text) => text.IndexOf(' ') is >= 0 and var space ? space : text.Length;
}

/// <summary>A hard-wrapped dump's lines joined into paragraphs.</summary>
/// <param name="Lines">One line per paragraph; blank lines kept.</param>
/// <param name="Starts">For each joined line, the 0-based number of the line read where it starts, then the number of lines read.</param>
/// <param name="Width">The width the dump was wrapped at: its longest line.</param>
public sealed record WrappedLines(IReadOnlyList<string> Lines, IReadOnlyList<int> Starts, int Width);
