using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleaner.Core.Incremental;

/// <summary>The run that holds (or held) an output folder's lock.</summary>
public sealed record LockHolder(int Pid, string Host, DateTimeOffset Since)
{
    public override string ToString() =>
        $"pid {Pid} on host {Host}, running since {Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";

    internal string ToJson() => JsonSerializer.Serialize(this, LockHolderJsonContext.Default.LockHolder) + "\n";

    /// <returns>The holder, or null when the text is empty or not a holder.</returns>
    internal static LockHolder? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, LockHolderJsonContext.Default.LockHolder) is { Pid: > 0, Host.Length: > 0 } holder ? holder : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(LockHolder))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class LockHolderJsonContext : JsonSerializerContext;
