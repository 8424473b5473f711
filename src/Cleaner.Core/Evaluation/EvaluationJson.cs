using System.Text.Json;
using System.Text.Json.Serialization;
using Cleaner.Core.Model;

namespace Cleaner.Core.Evaluation;

/// <summary>What one JSON value turned out to be: a single story document, or a gold-shaped file of stories.</summary>
internal abstract record ParsedStoryJson;

internal sealed record ParsedStoryDocument(string Dump, int StoryNumber, EvaluatedStory Story) : ParsedStoryJson;

internal sealed record ParsedGoldFile(string Dump, IReadOnlyList<EvaluatedStory> Stories) : ParsedStoryJson;

/// <summary>
/// Parses story documents and gold-shaped files into <see cref="EvaluatedStory"/> values.
/// Only the compared fields are read; a missing list reads as empty and a missing date as null,
/// but title, outlet id and text must be present.
/// </summary>
internal static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Parses one JSON text; <paramref name="origin"/> names it in errors (file, or file and line).</summary>
    public static ParsedStoryJson Parse(string json, string origin)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException(origin, "not valid JSON: " + ex.Message, ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new EvaluationInputException(origin, $"expected a JSON object, found {root.ValueKind}");
        }

        if (root.TryGetProperty("schema", out _))
        {
            return ReadStoryDocument(root, origin);
        }

        if (root.TryGetProperty("stories", out _))
        {
            return ReadGoldFile(root, origin);
        }

        throw new EvaluationInputException(
            origin, $"neither a {StoryDocument.SchemaName} story document (no \"schema\") nor a gold file (no \"stories\")");
    }

    private static ParsedStoryDocument ReadStoryDocument(JsonElement root, string origin)
    {
        var envelope = Deserialize<StoryEnvelopeJson>(root, origin);
        if (envelope.Schema != StoryDocument.SchemaName)
        {
            throw new EvaluationInputException(origin, $"schema is \"{envelope.Schema}\", expected \"{StoryDocument.SchemaName}\"");
        }

        if (envelope.Source.Story < 1)
        {
            throw new EvaluationInputException(origin, $"source.story must be 1 or more, found {envelope.Source.Story}");
        }

        // The whole relative path names the dump: two inputs in different folders may share a file name.
        RequireDumpName(envelope.Source.Path, "source.path", origin);
        var dump = envelope.Source.Path.Trim().Replace('\\', '/');
        return new ParsedStoryDocument(dump, envelope.Source.Story, Deserialize<StoryJson>(root, origin).ToStory());
    }

    private static ParsedGoldFile ReadGoldFile(JsonElement root, string origin)
    {
        var file = Deserialize<GoldFileJson>(root, origin);
        var dump = RequireDumpName(file.Source, "source", origin);
        return new ParsedGoldFile(dump, file.Stories.Select(s => s.ToStory()).ToList());
    }

    private static string RequireDumpName(string path, string field, string origin)
    {
        var name = EvaluationFiles.FileNameOf(path.Trim());
        return name.Length > 0
            ? name
            : throw new EvaluationInputException(origin, $"{field} does not name a file: \"{path}\"");
    }

    private static T Deserialize<T>(JsonElement element, string origin)
    {
        try
        {
            return element.Deserialize<T>(Options)
                ?? throw new EvaluationInputException(origin, "the document is null");
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException(origin, ex.Message, ex);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record OutletJson(string Id);

    private sealed record SourceJson(string Path, int Story);

    private sealed record GoldFileJson(string Source, IReadOnlyList<StoryJson> Stories);

    private sealed record StoryJson(
        string Title,
        OutletJson Outlet,
        string Text,
        string? Published = null,
        string? Updated = null,
        string? Dateline = null,
        IReadOnlyList<string>? Authors = null,
        IReadOnlyList<string>? Summary = null,
        IReadOnlyList<string>? Captions = null,
        IReadOnlyList<string>? Tags = null)
    {
        public EvaluatedStory ToStory() => new(
            Title, Outlet.Id, Published, Updated, Dateline, Authors ?? [], Summary ?? [], Captions ?? [], Tags ?? [], Text);
    }

    /// <summary>The parts of a story document that say which story of which dump it is.</summary>
    private sealed record StoryEnvelopeJson(string Schema, SourceJson Source);
}
