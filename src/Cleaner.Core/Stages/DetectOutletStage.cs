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
        var page = _pages.GetValue(document, ScanPage);
        return new AttributedStory(story, _detector.Detect(page, StoryLines(story.Draft), document.Source.Html?.Metadata.Host));
    }

    /// <summary>
    /// The analysed line's key when it is also the key of the line as read, else null. The analyser keys a line
    /// without its bullet or date prefix; the detector reads lines whole.
    /// </summary>
    internal static string? KeyAsRead(string line, AnalyzedLine analyzed) =>
        line.AsSpan().Trim().SequenceEqual(analyzed.Text) ? analyzed.Key : null;

    /// <summary>
    /// The dump's lines, with the analyser's keys where they hold for the whole line. An HTML page's site name and
    /// canonical address count as page lines: they name the outlet as a masthead would.
    /// </summary>
    private PageSignals ScanPage(AnalyzedDocument document)
    {
        var source = document.Source;
        var analyzed = document.Lines.Count == source.Lines.Count ? document.Lines : null;
        var lines = new List<string>(source.Lines.Count + 2);
        var keys = new List<string?>(source.Lines.Count + 2);
        for (var i = 0; i < source.Lines.Count; i++)
        {
            lines.Add(source.Lines[i]);
            keys.Add(analyzed is null ? null : KeyAsRead(source.Lines[i], analyzed[i]));
        }

        void AddUnkeyed(string? line)
        {
            if (line is { Length: > 0 })
            {
                lines.Add(line);
                keys.Add(null);
            }
        }

        AddUnkeyed(source.Html?.Metadata.SiteName);
        AddUnkeyed(source.Html?.Metadata.CanonicalUrl);
        return _detector.ScanPage(lines, keys);
    }

    private static string[] StoryLines(StoryDraft draft)
    {
        var lines = new string[draft.EndLine - draft.FirstLine];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = draft.Document.Lines[draft.FirstLine + i].Raw;
        }

        return lines;
    }
}
