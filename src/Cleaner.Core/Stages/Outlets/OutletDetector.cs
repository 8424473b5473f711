using Cleaner.Core.Model;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages.Outlets;

// Placeholder until outlet profiles land: reports every story's outlet as unknown.
public sealed class OutletDetector(CleanerConfig config)
{
    private readonly CleanerConfig _config = config;

    public PageSignals ScanPage(IReadOnlyList<string> pageLines) => new();

    public OutletInfo Detect(PageSignals page, IReadOnlyList<string> storyLines, string? host = null) =>
        OutletInfo.Unknown(0, []);
}

public sealed class PageSignals;
