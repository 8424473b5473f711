namespace Cleaner.Cli.Progress;

/// <summary>
/// What the run has done so far, bumped by the pipeline's workers (lock-free) and read by the display.
/// Count in the total only the inputs this run will process; unchanged inputs it skips go to <see cref="InputSkipped"/>.
/// </summary>
public sealed class ProgressCounters
{
    private long _inputsTotal;
    private long _bytesTotal;
    private long _inputsDone;
    private long _bytesDone;
    private long _skipped;
    private long _stories;
    private int _totalKnown;

    /// <summary>One more input to process, of <paramref name="bytes"/> bytes.</summary>
    public void InputQueued(long bytes)
    {
        Interlocked.Increment(ref _inputsTotal);
        Interlocked.Add(ref _bytesTotal, Math.Max(bytes, 0));
    }

    /// <summary>Every input has been queued: the total is final and an ETA can be given.</summary>
    public void AllQueued() => Interlocked.Exchange(ref _totalKnown, 1);

    public void InputDone(long bytes)
    {
        Interlocked.Increment(ref _inputsDone);
        Interlocked.Add(ref _bytesDone, Math.Max(bytes, 0));
    }

    public void InputSkipped() => Interlocked.Increment(ref _skipped);

    public void StoryWritten() => Interlocked.Increment(ref _stories);

    public ProgressSnapshot Snapshot() => new(
        Interlocked.Read(ref _inputsDone),
        Interlocked.Read(ref _inputsTotal),
        Volatile.Read(ref _totalKnown) == 1,
        Interlocked.Read(ref _bytesDone),
        Interlocked.Read(ref _bytesTotal),
        Interlocked.Read(ref _skipped),
        Interlocked.Read(ref _stories));
}

public readonly record struct ProgressSnapshot(
    long InputsDone,
    long InputsTotal,
    bool TotalKnown,
    long BytesDone,
    long BytesTotal,
    long Skipped,
    long Stories);
