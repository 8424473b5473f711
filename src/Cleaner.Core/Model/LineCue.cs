namespace Cleaner.Core.Model;

/// <summary>What a line says about itself, before any context is taken into account.</summary>
public enum LineCue
{
    None = 0,
    Blank,
    Share,
    Placeholder,
    ReadMore,
    Comment,
    TeaserHeading,
    RelatedHeading,
    TickerHeading,
    SummaryHeading,
    TagHeading,
    Copyright,
    AppStore,
    Footer,
    StoryMarker,

    /// <summary>A picture caption: it ends in a credit, follows a caption label, or is printed twice in a row.</summary>
    CaptionCredit,
    Credit,
    Byline,
    SourceLine,
    PublishedDate,
    UpdatedDate,
    BareDate,

    /// <summary>"Image caption," alone on a line: the next line is a caption.</summary>
    CaptionLabel,

    /// <summary>A picture credit alone on its line ("Photo: Jane Roe", "Image source, Jane Roe"): the line above is the caption.</summary>
    PhotoCredit,

    /// <summary>Opens a donation or membership appeal.</summary>
    AppealHeading,

    /// <summary>A tag list on one line; its parts hold the tags.</summary>
    TagLine,

    /// <summary>A bare "Read more" / "More »" link under a teaser excerpt.</summary>
    TeaserLink,

    /// <summary>A teaser's excerpt: a sentence cut off with "…", or followed by a bare teaser link.</summary>
    TeaserExcerpt,

    /// <summary>A bar of short links on one line: "Home | News | Sport | Weather", "About Us . Contact Us . Careers".</summary>
    LinkBar,

    /// <summary>Only as a metadata part: the place a byline names ("From Jane Roe, Jos").</summary>
    BylinePlace,

    /// <summary>Opens the reader comments ("2 Comments", "Leave a Reply"); in the header it is a widget.</summary>
    CommentHeading,
}

public static class LineCues
{
    /// <summary>Cues that describe a story (dates, bylines, read-time and share widgets): near a headline they mark a story start.</summary>
    public static bool IsStoryMetadata(LineCue cue) =>
        cue is LineCue.Byline or LineCue.PublishedDate or LineCue.UpdatedDate or LineCue.BareDate or LineCue.SourceLine or LineCue.Share
            or LineCue.CommentHeading;

    /// <summary>Widgets (share bars, read time, comment counts) sit among a story's metadata but say nothing about it.</summary>
    public static bool IsWidget(LineCue cue) => cue is LineCue.Share or LineCue.CommentHeading;

    /// <summary>Dates, bylines and source lines: story metadata that is not a widget.</summary>
    public static bool IsDescriptive(LineCue cue) => IsStoryMetadata(cue) && !IsWidget(cue);

    public static bool IsDate(LineCue cue) => cue is LineCue.PublishedDate or LineCue.UpdatedDate or LineCue.BareDate;

    /// <summary>A caption, its label or its credit: part of a picture, never a headline or text.</summary>
    public static bool IsPicture(LineCue cue) => cue is LineCue.CaptionCredit or LineCue.CaptionLabel or LineCue.PhotoCredit;
}
