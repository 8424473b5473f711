namespace Cleaner.Core.Evaluation;

/// <summary>The fields of one story that evaluation compares, read from either gold or predicted output.</summary>
public sealed record EvaluatedStory(
    string Title,
    string OutletId,
    string? Published,
    string? Updated,
    string? Dateline,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Tags,
    string Text);

/// <summary>All stories of one input dump, in story order. <see cref="Dump"/> is the dump's file name.</summary>
public sealed record StoryDump(string Dump, IReadOnlyList<EvaluatedStory> Stories);
