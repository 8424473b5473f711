namespace Cleaner.Core.Model;

/// <summary>One emitted story: the <c>cleaner.story/1</c> document, field for field.</summary>
public sealed record StoryDocument(
    string Id,
    string Schema,
    OutletInfo Outlet,
    string Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Authors,
    string? Dateline,
    string? Published,
    string? Updated,
    string? Language,
    string Text,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Tags,
    int WordCount,
    StorySource Source,
    IReadOnlyDictionary<string, int> Removed)
{
    public const string SchemaName = "cleaner.story/1";
}

public sealed record OutletInfo(string Id, string? Name, string? Domain, double Confidence, IReadOnlyList<string> Evidence)
{
    public const string UnknownId = "unknown";

    public static OutletInfo Unknown(double confidence, IReadOnlyList<string> evidence) =>
        new(UnknownId, null, null, confidence, evidence);
}

/// <summary>Where a story came from: path relative to the input root, content hash, and its line span (1-based).</summary>
public sealed record StorySource(string Path, string Sha256, string Format, int Story, int Of, IReadOnlyList<int> Lines);
