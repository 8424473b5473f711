using System.Runtime.CompilerServices;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Outlets;
using Cleaner.Core.Text;

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
        var page = _pages.GetValue(document, ScanPage);
        var draft = story.Draft;
        return new AttributedStory(story, _detector.Detect(page, draft.FirstLine, draft.EndLine, document.Source.Html?.Metadata.Host));
    }

    /// <summary>
    /// The analysed line's key when it is also the key of the line as read, else null. The analyser keys the line's
    /// text, which is the line without indentation, bullets and a date prefix; the detector reads lines whole. A key
    /// drops bullets too, so only a date prefix, or text that itself opens like a bullet, sets the two keys apart.
    /// </summary>
    internal static string? KeyAsRead(string line, AnalyzedLine analyzed) =>
        analyzed.PrefixDate is null && line.AsSpan().TrimEnd().EndsWith(analyzed.Text) && !LineText.IsBullet(analyzed.Text)
            ? analyzed.Key
            : null;

    /// <summary>
    /// Scans the dump's lines, with the analyser's keys where they hold for the whole line. An HTML page's site
    /// name and canonical address count as page lines: they name the outlet as a masthead would.
    /// </summary>
    private PageSignals ScanPage(AnalyzedDocument document)
    {
        // Stories give their lines by number in the analysed document, and the page must number them the same way.
        var lines = document.Source.Lines;
        var analyzed = document.Lines;
        if (analyzed.Count != lines.Count)
        {
            throw new InvalidOperationException($"{analyzed.Count} analysed lines for {lines.Count} lines read");
        }

        if (document.Source.Html?.Metadata is { } meta)
        {
            lines = [.. lines, .. Masthead(meta)];
        }

        var copies = EarlierCopies(lines, analyzed);
        return _detector.ScanPage(lines, i => i < analyzed.Count ? KeyAsRead(lines[i], analyzed[i]) : null, i => i < copies.Length ? copies[i] : -1);
    }

    /// <summary>
    /// For each analysed line, the index of the first line read exactly like it, or -1 when it is the first: lines
    /// printed again (menus, widgets, repeated headlines) are found by their key numbers, then compared whole.
    /// </summary>
    internal static int[] EarlierCopies(IReadOnlyList<string> lines, IReadOnlyList<AnalyzedLine> analyzed)
    {
        var firstByKey = new int[analyzed.Count];
        Array.Fill(firstByKey, -1);
        var copies = new int[analyzed.Count];
        for (var i = 0; i < analyzed.Count; i++)
        {
            ref var first = ref firstByKey[analyzed[i].KeyId];
            copies[i] = first >= 0 && string.Equals(lines[first], lines[i], StringComparison.Ordinal) ? first : -1;
            if (first < 0)
            {
                first = i;
            }
        }

        return copies;
    }

    private static IEnumerable<string> Masthead(Html.PageMetadata meta)
    {
        if (meta.SiteName is { Length: > 0 } site)
        {
            yield return site;
        }

        if (meta.CanonicalUrl is { Length: > 0 } url)
        {
            yield return url;
        }
    }
}
