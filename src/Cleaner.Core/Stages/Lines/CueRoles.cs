using Cleaner.Core.Model;

namespace Cleaner.Core.Stages.Lines;

/// <summary>The removal role a cue implies wherever its line stands.</summary>
public static class CueRoles
{
    public static LineRole? Removal(LineCue cue) => cue switch
    {
        LineCue.Share => LineRole.Share,
        LineCue.Placeholder => LineRole.Placeholder,
        LineCue.ReadMore => LineRole.ReadMore,
        LineCue.Comment or LineCue.CommentHeading => LineRole.Comment,
        LineCue.Copyright => LineRole.Copyright,
        LineCue.AppStore => LineRole.AppStore,
        LineCue.Footer => LineRole.Footer,
        LineCue.LinkBar => LineRole.Menu,
        LineCue.StoryMarker => LineRole.Layout,
        LineCue.TeaserLink or LineCue.TeaserExcerpt => LineRole.Teaser,
        LineCue.CaptionLabel or LineCue.PhotoCredit => LineRole.Caption,
        _ => null,
    };
}
