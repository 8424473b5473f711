using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// Finds a story's credit line ("Times of Israel staff contributed to this report.") naming a known outlet:
/// a republished story belongs to the outlet that credits itself, whatever page carried it.
/// </summary>
internal sealed class CreditLines(RuleSet rules, OutletNames names)
{
    /// <summary>
    /// Credit patterns bound the credited name to 60 characters and the wording around it to a few dozen more;
    /// longer lines are prose, and skipping them saves scanning most of a story's text.
    /// </summary>
    public const int MaxCreditLineChars = 200;

    /// <summary>A trimmed line of a length a credit line can have.</summary>
    public static bool IsShortEnough(ReadOnlySpan<char> text) => !text.IsEmpty && text.Length <= MaxCreditLineChars;

    /// <summary>The first of the story's lines that credits an outlet, and which outlet.</summary>
    public bool TryFind(IReadOnlyList<string> storyLines, out int profile, out string creditLine)
    {
        foreach (var line in storyLines)
        {
            var text = line.AsSpan().Trim();
            if (!IsShortEnough(text) || !names.MayContainCreditName(text))
            {
                continue;
            }

            var trimmed = text.ToString();
            if (TryMatch(trimmed, out profile))
            {
                creditLine = trimmed;
                return true;
            }
        }

        profile = -1;
        creditLine = "";
        return false;
    }

    /// <summary>
    /// The same, among a page's credit candidates (see <see cref="PageSignals.CreditCandidates"/>): the first
    /// within the story's lines [<paramref name="firstLine"/>, <paramref name="endLine"/>).
    /// </summary>
    public bool TryFind(IReadOnlyList<(int Line, string Text)> candidates, int firstLine, int endLine, out int profile, out string creditLine)
    {
        foreach (var (line, text) in candidates)
        {
            if (line >= firstLine && line < endLine && TryMatch(text, out profile))
            {
                creditLine = text;
                return true;
            }
        }

        profile = -1;
        creditLine = "";
        return false;
    }

    /// <summary>The outlet a trimmed line credits, when a credit pattern matches it and names a credited outlet.</summary>
    private bool TryMatch(string trimmed, out int profile)
    {
        foreach (var credit in rules.Credits)
        {
            var name = credit.Match(trimmed).Groups["name"];
            if (name.Success && names.TryFindCredited(name.Value, out profile))
            {
                return true;
            }
        }

        profile = -1;
        return false;
    }
}
