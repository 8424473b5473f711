using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cleaner.Core.Model;

namespace Cleaner.Core.Output;

/// <summary>Story documents as JSON: camelCase, fields in schema order, non-ASCII text kept readable.</summary>
public static class StoryJson
{
    private static readonly StoryJsonContext IndentedContext = new(Options(true));
    private static readonly StoryJsonContext CompactContext = new(Options(false));

    /// <summary>The file form: indented, ending with a newline.</summary>
    public static string ToFileText(StoryDocument story) =>
        JsonSerializer.Serialize(story, IndentedContext.StoryDocument) + "\n";

    /// <summary>The JSON Lines form: one line, no trailing newline.</summary>
    public static string ToLine(StoryDocument story) =>
        JsonSerializer.Serialize(story, CompactContext.StoryDocument);

    public static StoryDocument? Parse(string json) =>
        JsonSerializer.Deserialize(json, CompactContext.StoryDocument);

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

[JsonSerializable(typeof(StoryDocument))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoryJsonContext : JsonSerializerContext;
