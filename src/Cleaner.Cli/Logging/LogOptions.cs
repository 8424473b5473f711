namespace Cleaner.Cli.Logging;

/// <summary>Where the run's log goes and how much of it.</summary>
public sealed record LogOptions
{
    /// <summary>Console: warnings and errors only. The log file still gets everything.</summary>
    public bool Quiet { get; init; }

    /// <summary>Debug events too, on the console and in the file.</summary>
    public bool Verbose { get; init; }

    /// <summary>
    /// The output folder; the log file goes to its <c>_logs/</c>. Null for no log file (stories on stdout). Set it
    /// only once the run holds the output lock, so a refused run does not write into the running one's log.
    /// </summary>
    public string? OutputRoot { get; init; }

    /// <summary>Daily log files kept; older ones are deleted as new ones start.</summary>
    public int RetainedFiles { get; init; } = 30;

    /// <summary>Whether stderr goes to a file or pipe rather than a terminal; null asks the console.</summary>
    public bool? ErrorRedirected { get; init; }

    /// <exception cref="ArgumentOutOfRangeException"><see cref="RetainedFiles"/> is below 1.</exception>
    public LogOptions Validate()
    {
        if (RetainedFiles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RetainedFiles), RetainedFiles, $"{nameof(LogOptions)}.{nameof(RetainedFiles)} must be at least 1 (got {RetainedFiles})");
        }

        return this;
    }
}
