using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleaner.Core.Incremental;

/// <summary>
/// One journal line. Every line carries a whole value (never a delta), so replaying a line twice — as happens when
/// a crash falls between writing a snapshot and truncating the journal — changes nothing.
/// </summary>
internal sealed record JournalEntry
{
    public const string InputOp = "input";
    public const string ForgetOp = "forget";
    public const string RulesOp = "rules";

    public string Op { get; init; } = "";
    public string? Key { get; init; }
    public long? Length { get; init; }
    public DateTime? LastWriteUtc { get; init; }
    public string? Sha256 { get; init; }
    public string? RulesHash { get; init; }
    public List<string>? Outputs { get; init; }

    public static JournalEntry Input(InputState state) => new()
    {
        Op = InputOp,
        Key = state.Key,
        Length = state.Length,
        LastWriteUtc = state.LastWriteUtc,
        Sha256 = state.Sha256,
        RulesHash = state.RulesHash,
        Outputs = [.. state.Outputs],
    };

    public static JournalEntry Forget(string key) => new() { Op = ForgetOp, Key = key };

    public static JournalEntry Rules(string hash) => new() { Op = RulesOp, RulesHash = hash };

    /// <summary>The entry as an input state, or null when an "input" line lacks a field (a damaged line).</summary>
    public InputState? ToInputState() =>
        Key is { Length: > 0 } && Length is { } length && LastWriteUtc is { } modified && Sha256 is { Length: > 0 } && Outputs is not null
            ? new InputState(Key, length, DateTime.SpecifyKind(modified, DateTimeKind.Utc), Sha256, Outputs, RulesHash)
            : null;
}

/// <summary>The snapshot, <c>_state/state.json</c>.</summary>
internal sealed record StateSnapshot
{
    public const int CurrentVersion = 1;

    public int Version { get; init; }
    public string? RulesHash { get; init; }
    public List<JournalEntry> Inputs { get; init; } = [];
}

internal static class StateJson
{
    private static readonly StateJsonContext Compact = new(Options(indented: false));
    private static readonly StateJsonContext Indented = new(Options(indented: true));

    public static string ToLine(JournalEntry entry) => JsonSerializer.Serialize(entry, Compact.JournalEntry);

    /// <returns>The entry, or null when the text is not a well-formed entry.</returns>
    public static JournalEntry? ParseLine(string line)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(line, Compact.JournalEntry);
            return entry is { Op: JournalEntry.InputOp or JournalEntry.ForgetOp or JournalEntry.RulesOp } ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string ToText(StateSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Indented.StateSnapshot) + "\n";

    /// <exception cref="JsonException">The text is not a snapshot.</exception>
    public static StateSnapshot ParseSnapshot(string text) =>
        JsonSerializer.Deserialize(text, Compact.StateSnapshot) ?? throw new JsonException("state.json holds null");

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(StateSnapshot))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
