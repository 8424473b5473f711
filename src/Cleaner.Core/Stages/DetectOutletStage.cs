using System.Runtime.CompilerServices;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Outlets;

namespace Cleaner.Core.Stages;

/// <summary>
/// Names each story's outlet. Page-wide signals (site name, copyright, layout markers) are scanned once per
/// dump and shared by its stories; a story's own credit line ("X staff contributed to this report") wins.
/// </summary>
public sealed class DetectOutletStage(CleanerConfig config)
{
    private readonly OutletDetector _detector = new(config);
    private readonly ConditionalWeakTable<AnalyzedDocument, PageSignals> _pages = new();

    public AttributedStory Detect(CleanedStory story)
    {
        var document = story.Draft.Document;
        var page = _pages.GetValue(document, d => _detector.ScanPage(PageLines(d.Source)));
        return new AttributedStory(story, _detector.Detect(page, story.Lines().ToList(), document.Source.Html?.Metadata.Host));
    }

    /// <summary>An HTML page's site name and canonical address count as page lines: they name the outlet as a masthead would.</summary>
    private static IReadOnlyList<string> PageLines(SourceDocument source)
    {
        if (source.Html?.Metadata is not { } meta)
        {
            return source.Lines;
        }

        var lines = new List<string>(source.Lines.Count + 2);
        lines.AddRange(source.Lines);
        if (meta.SiteName is { Length: > 0 } site)
        {
            lines.Add(site);
        }

        if (meta.CanonicalUrl is { Length: > 0 } url)
        {
            lines.Add(url);
        }

        return lines;
    }
}
