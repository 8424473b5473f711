using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Serilog;

namespace Cleaner.Core.Resilience;

/// <summary>
/// Retries for file I/O that fails for a moment (a share that hiccups, a file another program holds briefly), and
/// a circuit breaker for output that keeps failing (disk full, share gone). File I/O only: the text stages never
/// run through here, because retrying a logic error just repeats it.
/// <list type="bullet">
/// <item>Reads: transient <see cref="IOException"/>s are retried with exponential backoff (and jitter), each
/// retry logged with the input path. A missing file, a missing folder, a too-long path or a refused permission
/// fail at once.</item>
/// <item>Writes: the same retry, inside a breaker that counts whole writes. When most writes in a window fail, it
/// opens and writes throw <see cref="OutputUnavailableException"/> (fast, without touching the disk) so the run
/// can stop cleanly.</item>
/// </list>
/// Thread-safe; one instance per run, shared by all workers, so the breaker sees every write.
/// </summary>
public sealed class FileResilience
{
    private static readonly ResiliencePropertyKey<string> PathKey = new("cleaner.path");

    private readonly ResiliencePipeline _reads;
    private readonly ResiliencePipeline _writes;
    private readonly CircuitBreakerStateProvider _breaker = new();
    private readonly ILogger _log;
    private volatile FailedWrite? _lastFailedWrite;

    public FileResilience(ILogger log, FileResilienceOptions? options = null, TimeProvider? time = null)
    {
        _log = log;
        Options = (options ?? new FileResilienceOptions()).Validate();
        time ??= TimeProvider.System;
        _reads = BuildReads(Options, time);
        _writes = BuildWrites(Options, time);
    }

    public FileResilienceOptions Options { get; }

    /// <summary>False while the breaker is open: writes are failing fast.</summary>
    public bool OutputAvailable => _breaker.CircuitState is not (CircuitState.Open or CircuitState.Isolated);

    /// <summary>Runs <paramref name="read"/> on <paramref name="path"/>, retrying transient I/O errors.</summary>
    /// <exception cref="IOException">The last attempt's error, when every attempt failed.</exception>
    public T Read<T>(string path, Func<T> read, CancellationToken cancellation = default)
    {
        var context = Context(path, cancellation);
        try
        {
            return _reads.Execute(static (_, work) => work(), context, read);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public async ValueTask<T> ReadAsync<T>(string path, Func<CancellationToken, ValueTask<T>> read, CancellationToken cancellation = default)
    {
        var context = Context(path, cancellation);
        try
        {
            return await _reads.ExecuteAsync(static (ctx, work) => work(ctx.CancellationToken), context, read).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Runs <paramref name="write"/> for <paramref name="path"/>, retrying transient I/O errors.</summary>
    /// <exception cref="OutputUnavailableException">Writes keep failing; stop the run.</exception>
    /// <exception cref="IOException">This write failed for good; others may still work.</exception>
    public void Write(string path, Action write, CancellationToken cancellation = default) =>
        Write(path, () =>
        {
            write();
            return true;
        }, cancellation);

    /// <inheritdoc cref="Write(string, Action, CancellationToken)"/>
    public T Write<T>(string path, Func<T> write, CancellationToken cancellation = default)
    {
        var context = Context(path, cancellation);
        try
        {
            return _writes.Execute(static (_, work) => work(), context, write);
        }
        // An error Translate keeps as it is propagates untouched, stack trace and all.
        catch (Exception e) when (e is not OperationCanceledException && Translate(path, e) is var translated && !ReferenceEquals(translated, e))
        {
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <inheritdoc cref="Write(string, Action, CancellationToken)"/>
    public async ValueTask WriteAsync(string path, Func<CancellationToken, ValueTask> write, CancellationToken cancellation = default)
    {
        var context = Context(path, cancellation);
        try
        {
            await _writes.ExecuteAsync(static (ctx, work) => work(ctx.CancellationToken), context, write).ConfigureAwait(false);
        }
        // An error Translate keeps as it is propagates untouched, stack trace and all.
        catch (Exception e) when (e is not OperationCanceledException && Translate(path, e) is var translated && !ReferenceEquals(translated, e))
        {
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Exception Translate(string path, Exception e)
    {
        if (e is BrokenCircuitException broken)
        {
            var last = _lastFailedWrite;
            return new OutputUnavailableException(last?.Path, last?.Error, broken);
        }

        _lastFailedWrite = new FailedWrite(path, e);

        // The write that tipped the breaker over reports the same way as the ones after it, so callers need to
        // know one exception type only to stop the run.
        return OutputAvailable ? e : new OutputUnavailableException(path, e, e);
    }

    private static ResilienceContext Context(string path, CancellationToken cancellation)
    {
        var context = ResilienceContextPool.Shared.Get(cancellation);
        context.Properties.Set(PathKey, path);
        return context;
    }

    private ResiliencePipeline BuildReads(FileResilienceOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { Name = "cleaner-input-reads", TimeProvider = time };
        if (options.ReadAttempts > 1)
        {
            builder.AddRetry(Retry(options, options.ReadAttempts, (path, attempt, error, delay) =>
                _log.Warning("Reading {Input} failed (attempt {Attempt} of {Attempts}): {Error}; trying again in {DelayMs} ms",
                    path, attempt, options.ReadAttempts, error, delay)));
        }

        return builder.Build();
    }

    private ResiliencePipeline BuildWrites(FileResilienceOptions options, TimeProvider time)
    {
        // The breaker goes outside the retry, so it counts writes that failed after all their tries, not tries.
        var builder = new ResiliencePipelineBuilder { Name = "cleaner-output-writes", TimeProvider = time };
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            Name = "output",
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumWrites,
            SamplingDuration = options.BreakerWindow,
            BreakDuration = options.BreakerOpenFor,
            StateProvider = _breaker,
            ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<UnauthorizedAccessException>(),
            OnOpened = args =>
            {
                _log.Error("The output location keeps failing; writes stop for {BreakSeconds} s. Last error: {Error}",
                    args.BreakDuration.TotalSeconds, args.Outcome.Exception is { } e ? IoErrors.Describe(e) : "unknown");
                return default;
            },
            OnClosed = _ =>
            {
                _log.Information("Output writes are working again");
                return default;
            },
        });
        if (options.WriteAttempts > 1)
        {
            builder.AddRetry(Retry(options, options.WriteAttempts, (path, attempt, error, delay) =>
                _log.Warning("Writing {Output} failed (attempt {Attempt} of {Attempts}): {Error}; trying again in {DelayMs} ms",
                    path, attempt, options.WriteAttempts, error, delay)));
        }

        return builder.Build();
    }

    private static RetryStrategyOptions Retry(FileResilienceOptions options, int attempts, Action<string, int, string, long> logRetry) => new()
    {
        MaxRetryAttempts = attempts - 1,
        Delay = options.FirstDelay,
        MaxDelay = options.MaxDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = options.Jitter,
        ShouldHandle = new PredicateBuilder().Handle<IOException>(IoErrors.IsTransient),
        OnRetry = args =>
        {
            // AttemptNumber counts retries from zero: 0 means the first try just failed.
            logRetry(
                args.Context.Properties.GetValue(PathKey, "(unknown path)"),
                args.AttemptNumber + 1,
                args.Outcome.Exception is { } e ? IoErrors.Describe(e) : "unknown error",
                (long)args.RetryDelay.TotalMilliseconds);
            return default;
        },
    };

    private sealed record FailedWrite(string Path, Exception Error);
}
