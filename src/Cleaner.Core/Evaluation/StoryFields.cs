namespace Cleaner.Core.Evaluation;

/// <summary>
/// The story fields checked for exact agreement on matched pairs. Strings compare ordinally,
/// lists element by element in order, and null equals only null.
/// </summary>
public static class StoryFields
{
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string Dateline = "dateline";
    public const string Authors = "authors";
    public const string Summary = "summary";
    public const string Captions = "captions";
    public const string Tags = "tags";

    /// <summary>Every checked field, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Title, Outlet, Published, Updated, Dateline, Authors, Summary, Captions, Tags];

    /// <summary>Names of the fields on which the prediction differs from gold, in report order.</summary>
    public static IReadOnlyList<string> Mismatches(EvaluatedStory gold, EvaluatedStory predicted) =>
        All.Where(field => !Agree(field, gold, predicted)).ToList();

    private static bool Agree(string field, EvaluatedStory gold, EvaluatedStory predicted) => field switch
    {
        Title => SameText(gold.Title, predicted.Title),
        Outlet => SameText(gold.OutletId, predicted.OutletId),
        Published => SameText(gold.Published, predicted.Published),
        Updated => SameText(gold.Updated, predicted.Updated),
        Dateline => SameText(gold.Dateline, predicted.Dateline),
        Authors => SameList(gold.Authors, predicted.Authors),
        Summary => SameList(gold.Summary, predicted.Summary),
        Captions => SameList(gold.Captions, predicted.Captions),
        Tags => SameList(gold.Tags, predicted.Tags),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a checked story field"),
    };

    private static bool SameText(string? gold, string? predicted) => string.Equals(gold, predicted, StringComparison.Ordinal);

    private static bool SameList(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) =>
        gold.SequenceEqual(predicted, StringComparer.Ordinal);
}
