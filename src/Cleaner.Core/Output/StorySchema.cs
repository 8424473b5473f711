namespace Cleaner.Core.Output;

/// <summary>The published JSON Schema of <c>cleaner.story/1</c> (schema/story.schema.json in the repository).</summary>
public static class StorySchema
{
    private static readonly Lazy<string> Content = new(() =>
    {
        using var stream = typeof(StorySchema).Assembly.GetManifestResourceStream("schema/story.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Content.Value;
}
