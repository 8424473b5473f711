using System.Globalization;

namespace Cleaner.Core.Stages.Outlets;

/// <summary>
/// One weighted piece of evidence for one profile. <paramref name="FixedText"/> is the text shown in evidence
/// when every match looks the same (a whole-line signature); otherwise the matched line is shown.
/// </summary>
internal sealed record OutletSignal(int Id, int Profile, double Weight, string Label, string? FixedText)
{
    private const int MaxShownChars = 80;

    public string Describe(string matchedText)
    {
        var shown = FixedText ?? matchedText;
        if (shown.Length > MaxShownChars)
        {
            shown = shown[..(MaxShownChars - 1)].TrimEnd() + "…";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Label} '{shown}' (+{Weight:0.###})");
    }
}
