using Cleaner.Core.Model;
using Serilog;

namespace Cleaner.Core.Incremental;

/// <summary>
/// Decides which inputs a run must process: new or changed ones, ones whose story files went missing, and all
/// of them after a rules change or with <c>--full</c>. Unchanged inputs are skipped.
/// </summary>
public sealed class InputPlanner(StateStore state, ILogger log)
{
    /// <param name="hash">Hashes a file when size and time alone cannot tell (through the retrying reader).</param>
    public (IReadOnlyList<InputFile> Process, IReadOnlyList<InputFile> Skip) Plan(
        IReadOnlyList<InputFile> inputs, string rulesHash, bool full, Func<InputFile, string> hash)
    {
        if (full)
        {
            log.Information("Full rebuild requested: every input is processed again");
            return (inputs, []);
        }

        if (state.ConfigHash is { } previous && previous != rulesHash)
        {
            log.Information("Rules changed since the last run ({Previous} → {Current}): full rebuild", previous, rulesHash);
            return (inputs, []);
        }

        var process = new List<InputFile>();
        var skip = new List<InputFile>();
        foreach (var input in inputs)
        {
            (IsDone(input, hash) ? skip : process).Add(input);
        }

        return (process, skip);
    }

    private bool IsDone(InputFile input, Func<InputFile, string> hash)
    {
        if (state.Get(InputState.KeyOf(input)) is not { } recorded || state.MissingOutputs(recorded).Count > 0)
        {
            return false;
        }

        if (state.IsUnchanged(input))
        {
            return true;
        }

        try
        {
            return state.NeedsHash(input) && state.IsUnchanged(input, hash(input));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The read stage will meet the same problem and report it properly.
            return false;
        }
    }
}
