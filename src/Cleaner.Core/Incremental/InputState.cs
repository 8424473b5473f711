using Cleaner.Core.Model;

namespace Cleaner.Core.Incremental;

/// <summary>
/// What a finished input looked like and what it produced. <see cref="Outputs"/> are story files relative to the
/// output folder, '/'-separated. <see cref="RulesHash"/> is the rules the outputs were produced under, so a run
/// that changes the rules and is then interrupted still reprocesses the inputs it did not reach.
/// </summary>
public sealed record InputState(
    string Key,
    long Length,
    DateTime LastWriteUtc,
    string Sha256,
    IReadOnlyList<string> Outputs,
    string? RulesHash)
{
    /// <summary>
    /// The input root joined with the relative path: the input's full path with '/' separators. The same file
    /// named directly or found under a folder gets the same key.
    /// </summary>
    public static string KeyOf(InputFile input) => input.FullPath.Replace('\\', '/');

    public static InputState Of(InputFile input, string sha256, IEnumerable<string> outputs, string? rulesHash) =>
        new(KeyOf(input), input.Length, input.LastWriteUtc, sha256, outputs.Order(StringComparer.Ordinal).ToList(), rulesHash);
}
