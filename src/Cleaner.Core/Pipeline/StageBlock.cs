using System.Threading.Tasks.Dataflow;
using Cleaner.Core.Model;
using Serilog;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// Turns a plain stage method into a Dataflow block. A failing item becomes a reported failure of its input
/// and produces nothing downstream; the block and the run go on. A stage that works on whole documents can
/// run under a time limit: a pathological input is abandoned and reported instead of holding a worker for
/// the rest of the night. Light per-story stages run inline, without the hand-off a time limit costs.
/// </summary>
internal sealed class StageBlock
{
    private readonly RunReport _report;
    private readonly ILogger _log;
    private readonly ExecutionDataflowBlockOptions _options;
    private readonly TimeSpan _limit;

    public StageBlock(RunReport report, ILogger log, ExecutionDataflowBlockOptions options, TimeSpan limit)
    {
        _report = report;
        _log = log;
        _options = options;
        _limit = limit;
    }

    /// <summary>Runs one stage's work; a failure is tagged with the stage's name for the report.</summary>
    public static T Run<T>(string stage, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OperationCanceledException and not StageFailedException)
        {
            throw new StageFailedException(stage, e);
        }
    }

    public TransformManyBlock<TIn, TOut> Limited<TIn, TOut>(Func<TIn, IEnumerable<TOut>> work, Func<TIn, InputFile> inputOf) =>
        new(async item =>
        {
            // The stages are synchronous and know nothing of cancellation, so the limit abandons the wait rather than
            // the work: the result of a late item is dropped. A timed wait on the task costs one timer per document,
            // less than a resilience pipeline's timeout with its cancellation source.
            var running = Task.Run(() => work(item).ToList());
            try
            {
                return await running.WaitAsync(_limit, _options.CancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException) when (!running.IsCompleted)
            {
                Fail("document", inputOf(item), $"took longer than {_limit.TotalSeconds:0} s and was abandoned (pipeline document time limit)");
                return [];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fail(inputOf(item), e);
                return [];
            }
        }, _options);

    public TransformManyBlock<TIn, TOut> One<TIn, TOut>(Func<TIn, TOut> work, Func<TIn, InputFile> inputOf) =>
        new(item =>
        {
            try
            {
                return [work(item)];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fail(inputOf(item), e);
                return [];
            }
        }, _options);

    private void Fail(InputFile input, Exception e)
    {
        if (e is StageFailedException failed)
        {
            Fail(failed.Stage, input, FailureReasons.Describe(failed.InnerException!));
        }
        else
        {
            Fail("pipeline", input, FailureReasons.Describe(e));
        }
    }

    private void Fail(string stage, InputFile input, string reason)
    {
        var full = $"{stage}: {reason}";
        _report.Failed(input, full);
        _log.Warning("{Input}: {Reason}", input.RelativePath, full);
    }
}

/// <summary>A stage's failure on one item, carrying the stage's name for the report.</summary>
public sealed class StageFailedException(string stage, Exception inner) : Exception($"{stage}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}

/// <summary>Short, human reasons for the report; no stack traces.</summary>
public static class FailureReasons
{
    public static string Describe(Exception e) => e switch
    {
        InputRejectedException rejected => rejected.Reason,
        FileNotFoundException => "file not found (removed after it was listed?)",
        DirectoryNotFoundException => "folder not found (removed after it was listed?)",
        UnauthorizedAccessException => "permission denied",
        System.Text.RegularExpressions.RegexMatchTimeoutException t => $"a rule's pattern took too long on this input and was stopped ({t.Pattern})",
        IOException io => $"I/O error: {io.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
