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

    public bool TryFind(IReadOnlyList<string> storyLines, out int profile, out string creditLine)
    {
        foreach (var line in storyLines)
        {
            var text = line.AsSpan().Trim();
            if (text.IsEmpty || text.Length > MaxCreditLineChars || !names.MayContainCreditName(text))
            {
                continue;
            }

            var trimmed = text.ToString();
            foreach (var credit in rules.Credits)
            {
                var name = credit.Match(trimmed).Groups["name"];
                if (name.Success && names.TryFindCredited(name.Value, out profile))
                {
                    creditLine = trimmed;
                    return true;
                }
            }
        }

        profile = -1;
        creditLine = "";
        return false;
    }
}
