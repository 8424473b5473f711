using System.Threading.Tasks.Dataflow;
using Cleaner.Core.Model;
using Serilog;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// Turns a plain stage method into a Dataflow block. A failing item becomes a reported failure of its input
/// and produces nothing downstream; the block and the run go on.
/// </summary>
internal sealed class StageBlock(RunReport report, ILogger log, ExecutionDataflowBlockOptions options)
{
    public TransformManyBlock<TIn, TOut> Many<TIn, TOut>(string stage, Func<TIn, IEnumerable<TOut>> work, Func<TIn, InputFile> inputOf) =>
        new(item =>
        {
            try
            {
                return work(item).ToList();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var input = inputOf(item);
                var reason = $"{stage}: {FailureReasons.Describe(e)}";
                report.Failed(input, reason);
                log.Warning("{Input}: {Reason}", input.RelativePath, reason);
                return [];
            }
        }, options);

    public TransformManyBlock<TIn, TOut> One<TIn, TOut>(string stage, Func<TIn, TOut> work, Func<TIn, InputFile> inputOf) =>
        Many<TIn, TOut>(stage, item => [work(item)], inputOf);
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
