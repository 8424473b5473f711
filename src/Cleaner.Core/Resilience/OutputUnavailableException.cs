namespace Cleaner.Core.Resilience;

/// <summary>
/// Writes to the output keep failing (disk full, share gone, permission lost): writing more is pointless, and the
/// run should stop cleanly instead of failing every remaining input one by one. Deliberately not an
/// <see cref="IOException"/>, so nothing retries it as a transient I/O error.
/// </summary>
public sealed class OutputUnavailableException(string? lastPath, Exception? lastError, Exception? inner)
    : Exception(Describe(lastPath, lastError), inner)
{
    /// <summary>The file whose write failed last, when known.</summary>
    public string? LastPath { get; } = lastPath;

    /// <summary>The last write error seen, when known.</summary>
    public Exception? LastError { get; } = lastError;

    private static string Describe(string? path, Exception? error)
    {
        var last = error is null ? "" : $" Last error{(path is null ? "" : $" (writing {path})")}: {IoErrors.Describe(error)}";
        return "The output location keeps failing, so writing has stopped." + last;
    }
}
