namespace Cleaner.Core.Incremental;

/// <summary>Another run holds the output folder. The CLI exits with its "locked" code.</summary>
public sealed class OutputLockedException : Exception
{
    public OutputLockedException(string outputRoot, string lockPath, LockHolder? holder, string? detail = null, Exception? inner = null)
        : base(Describe(outputRoot, lockPath, holder, detail), inner)
    {
        OutputRoot = outputRoot;
        LockPath = lockPath;
        Holder = holder;
    }

    public string OutputRoot { get; }

    public string LockPath { get; }

    /// <summary>The run holding the lock; null when its details could not be read.</summary>
    public LockHolder? Holder { get; }

    private static string Describe(string outputRoot, string lockPath, LockHolder? holder, string? detail)
    {
        var who = holder is null ? "a run whose details are not readable yet" : holder.ToString();
        var why = detail is null ? "" : $" ({detail})";
        return $"The output folder {outputRoot} is locked by another run: {who}{why}. Lock file: {lockPath}. "
            + "Wait for that run to finish; Cleaner takes the lock over by itself once that process is gone.";
    }
}
