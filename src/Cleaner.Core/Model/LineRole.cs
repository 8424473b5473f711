namespace Cleaner.Core.Model;

/// <summary>
/// What a line of a dump turned out to be. Roles other than <see cref="Body"/> never reach the story text;
/// the ones marked boilerplate are counted in the story's <c>removed</c> map under <see cref="LineRoles.KindName"/>.
/// </summary>
public enum LineRole
{
    Unassigned = 0,
    Blank,
    Body,
    Title,
    Metadata,
    Dateline,
    Summary,
    Caption,
    Tag,

    // Boilerplate kinds, reported in `removed`.
    RepeatedHeadline,
    Menu,
    Ticker,
    Share,
    Layout,
    ReadMore,
    Comment,
    Related,
    Teaser,
    Copyright,
    AppStore,
    Placeholder,
    Footer,
    Heading,
    Appeal,
    PageChrome,
}

public static class LineRoles
{
    public static bool IsBoilerplate(LineRole role) => role >= LineRole.RepeatedHeadline;

    /// <summary>The key under which a removed line is counted (camelCase, stable across versions).</summary>
    public static string KindName(LineRole role) => role switch
    {
        LineRole.RepeatedHeadline => "repeatedHeadline",
        LineRole.Menu => "menu",
        LineRole.Ticker => "ticker",
        LineRole.Share => "share",
        LineRole.Layout => "layout",
        LineRole.ReadMore => "readMore",
        LineRole.Comment => "comment",
        LineRole.Related => "related",
        LineRole.Teaser => "teaser",
        LineRole.Copyright => "copyright",
        LineRole.AppStore => "appStore",
        LineRole.Placeholder => "placeholder",
        LineRole.Footer => "footer",
        LineRole.Heading => "sectionHeading",
        LineRole.Appeal => "appeal",
        LineRole.PageChrome => "pageChrome",
        LineRole.Caption => "caption",
        LineRole.Tag => "tags",
        LineRole.Summary => "summary",
        _ => role.ToString(),
    };
}
