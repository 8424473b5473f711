using Cleaner.Core.Model;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Lines;

/// <summary>
/// Counts, by kind, the page chrome above the first story (menus, tickers, site headers), so the run summary
/// can say what was removed even where no story owns the lines.
/// </summary>
public sealed class ChromeCounter(PipelineSettings settings)
{
    public IReadOnlyDictionary<string, int> Count(IReadOnlyList<AnalyzedLine> lines, int start, int end)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var inTicker = false;
        var inTeaser = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                inTicker = false;
                continue;
            }

            var role = Role(line, ref inTicker, ref inTeaser);
            var kind = LineRoles.KindName(role);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        return counts;
    }

    private LineRole Role(AnalyzedLine line, ref bool inTicker, ref bool inTeaser)
    {
        switch (line.Cue)
        {
            case LineCue.TickerHeading:
                inTicker = true;
                return LineRole.Ticker;
            case LineCue.TeaserHeading or LineCue.RelatedHeading:
                inTeaser = true;
                return LineRole.Heading;
        }

        if (inTicker)
        {
            return LineRole.Ticker;
        }

        if (CueRoles.Removal(line.Cue) is { } removal)
        {
            return removal;
        }

        if (line.Words <= settings.Clean.MenuItemMaxWords)
        {
            return LineRole.Menu;
        }

        return inTeaser ? LineRole.Teaser : LineRole.PageChrome;
    }
}
