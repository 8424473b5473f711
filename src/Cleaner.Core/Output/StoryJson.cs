using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cleaner.Core.Model;

namespace Cleaner.Core.Output;

/// <summary>Story documents as JSON: camelCase, fields in schema order, non-ASCII text kept readable.</summary>
public static class StoryJson
{
    // The writer, not the serializer options, carries the formatting and the escaping: the source-generated code
    // then writes the document field by field, without the reflection-style metadata walk that custom options force.
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A buffer grown past this by an unusually long story is let go after it, so a worker does not hold it for the run.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Indented, Utf8JsonWriter Compact)? t_writers;

    /// <summary>The file form, UTF-8: indented, ending with a newline.</summary>
    public static byte[] ToFileBytes(StoryDocument story) => Serialize(story, indented: true);

    /// <summary>The JSON Lines form, UTF-8: one line, no trailing newline.</summary>
    public static byte[] ToLineBytes(StoryDocument story) => Serialize(story, indented: false);

    /// <summary>The file form as text.</summary>
    public static string ToFileText(StoryDocument story) => Encoding.UTF8.GetString(ToFileBytes(story));

    /// <summary>The JSON Lines form as text.</summary>
    public static string ToLine(StoryDocument story) => Encoding.UTF8.GetString(ToLineBytes(story));

    public static StoryDocument? Parse(string json) =>
        JsonSerializer.Deserialize(json, StoryJsonContext.Default.StoryDocument);

    private static byte[] Serialize(StoryDocument story, bool indented)
    {
        // One buffer and two writers per thread, reused: a story is rendered on whichever worker assembled it.
        t_writers ??= NewWriters();
        var (buffer, indentedWriter, compactWriter) = t_writers.Value;
        var writer = indented ? indentedWriter : compactWriter;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, story, StoryJsonContext.Default.StoryDocument);
        writer.Flush();
        var bytes = new byte[buffer.WrittenCount + (indented ? 1 : 0)];
        buffer.WrittenSpan.CopyTo(bytes);
        if (indented)
        {
            bytes[^1] = (byte)'\n';
        }

        if (buffer.Capacity > KeptBufferBytes)
        {
            t_writers = null;
        }

        return bytes;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter, Utf8JsonWriter) NewWriters()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, Indented), new Utf8JsonWriter(buffer, Compact));
    }
}

[JsonSerializable(typeof(StoryDocument))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoryJsonContext : JsonSerializerContext;
