namespace Cleaner.Core.Rules;

/// <summary>
/// Outlet-independent line patterns from <c>pipeline-config/boilerplate.json</c>.
/// "Lines" lists match a whole trimmed line, case-insensitively; "Patterns" are regular expressions tried on the trimmed line.
/// </summary>
public sealed record BoilerplateRules
{
    public IReadOnlyList<string> ShareLines { get; init; } = [];
    public IReadOnlyList<string> SharePatterns { get; init; } = [];
    public IReadOnlyList<string> PlaceholderLines { get; init; } = [];
    public IReadOnlyList<string> PlaceholderPatterns { get; init; } = [];
    public IReadOnlyList<string> ReadMorePatterns { get; init; } = [];
    public IReadOnlyList<string> TeaserLinkLines { get; init; } = [];
    public IReadOnlyList<string> CommentLines { get; init; } = [];
    public IReadOnlyList<string> CommentPatterns { get; init; } = [];
    public IReadOnlyList<string> CommentHeadings { get; init; } = [];
    public IReadOnlyList<string> CommentHeadingPatterns { get; init; } = [];
    public IReadOnlyList<string> TeaserHeadings { get; init; } = [];
    public IReadOnlyList<string> RelatedHeadings { get; init; } = [];
    public IReadOnlyList<string> TickerHeadings { get; init; } = [];
    public IReadOnlyList<string> SummaryHeadings { get; init; } = [];
    public IReadOnlyList<string> TagHeadings { get; init; } = [];
    public IReadOnlyList<string> CopyrightPatterns { get; init; } = [];
    public IReadOnlyList<string> AppStoreLines { get; init; } = [];
    public IReadOnlyList<string> AppStorePatterns { get; init; } = [];
    public IReadOnlyList<string> FooterLines { get; init; } = [];
    public IReadOnlyList<string> FooterPatterns { get; init; } = [];
    public IReadOnlyList<string> CaptionCreditPatterns { get; init; } = [];
    public IReadOnlyList<string> CaptionHeadPatterns { get; init; } = [];
    public IReadOnlyList<string> PhotoCreditPatterns { get; init; } = [];
    public IReadOnlyList<string> AgencySignOffPatterns { get; init; } = [];
    public IReadOnlyList<string> AppealHeadings { get; init; } = [];
    public IReadOnlyList<string> TagLinePatterns { get; init; } = [];
    public IReadOnlyList<string> CreditPatterns { get; init; } = [];
    public IReadOnlyList<string> BylinePatterns { get; init; } = [];
    public IReadOnlyList<string> BylineRolePatterns { get; init; } = [];
    public IReadOnlyList<string> SourceLinePatterns { get; init; } = [];
    public IReadOnlyList<string> TitleDatePrefixPatterns { get; init; } = [];
    public IReadOnlyList<string> TitleStampPatterns { get; init; } = [];
    public IReadOnlyList<string> TitleBylinePatterns { get; init; } = [];
    public IReadOnlyList<string> WidgetTailPatterns { get; init; } = [];
    public IReadOnlyList<string> UpdatedPrefixes { get; init; } = [];
    public IReadOnlyList<string> PublishedPrefixes { get; init; } = [];
    public IReadOnlyList<string> DatelinePatterns { get; init; } = [];
}
