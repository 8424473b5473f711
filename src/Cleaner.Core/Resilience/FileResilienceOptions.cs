namespace Cleaner.Core.Resilience;

/// <summary>How hard file I/O is retried and when the output is given up on. The defaults suit a local disk or a
/// share that hiccups for a second or two.</summary>
public sealed record FileResilienceOptions
{
    /// <summary>Tries per input read, the first included; 1 turns retrying off.</summary>
    public int ReadAttempts { get; init; } = 4;

    /// <summary>Tries per output write, the first included; 1 turns retrying off.</summary>
    public int WriteAttempts { get; init; } = 4;

    /// <summary>The wait before the first retry; it doubles with each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>No wait between tries is longer than this.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Randomize the waits so parallel workers that failed together do not retry in lockstep.</summary>
    public bool Jitter { get; init; } = true;

    /// <summary>The share of writes (after their retries) that must fail within <see cref="BreakerWindow"/> to give up on the output.</summary>
    public double BreakerFailureRatio { get; init; } = 0.8;

    /// <summary>Writes needed within the window before the ratio counts, so one bad story does not stop a run.</summary>
    public int BreakerMinimumWrites { get; init; } = 8;

    public TimeSpan BreakerWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long writes fail fast once the output has been given up on, before one is let through to test it.</summary>
    public TimeSpan BreakerOpenFor { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="ArgumentOutOfRangeException">A value is outside what it can sensibly be.</exception>
    public FileResilienceOptions Validate()
    {
        Check(ReadAttempts is >= 1 and <= 100, nameof(ReadAttempts), ReadAttempts, "must be 1 to 100");
        Check(WriteAttempts is >= 1 and <= 100, nameof(WriteAttempts), WriteAttempts, "must be 1 to 100");
        Check(FirstDelay > TimeSpan.Zero && FirstDelay <= TimeSpan.FromMinutes(10), nameof(FirstDelay), FirstDelay, "must be above zero and at most 10 minutes");
        Check(MaxDelay >= FirstDelay && MaxDelay <= TimeSpan.FromHours(1), nameof(MaxDelay), MaxDelay, $"must be at least {nameof(FirstDelay)} and at most 1 hour");
        Check(BreakerFailureRatio is > 0 and <= 1, nameof(BreakerFailureRatio), BreakerFailureRatio, "must be above 0 and at most 1");
        Check(BreakerMinimumWrites >= 2, nameof(BreakerMinimumWrites), BreakerMinimumWrites, "must be at least 2");
        Check(BreakerWindow >= TimeSpan.FromMilliseconds(500) && BreakerWindow <= TimeSpan.FromDays(1), nameof(BreakerWindow), BreakerWindow, "must be 0.5 seconds to 1 day");
        Check(BreakerOpenFor >= TimeSpan.FromMilliseconds(500) && BreakerOpenFor <= TimeSpan.FromDays(1), nameof(BreakerOpenFor), BreakerOpenFor, "must be 0.5 seconds to 1 day");
        return this;
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{nameof(FileResilienceOptions)}.{name} {rule} (got {value})");
        }
    }
}
