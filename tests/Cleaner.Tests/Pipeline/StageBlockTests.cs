using System.Threading.Tasks.Dataflow;
using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;
using Serilog;

namespace Cleaner.Tests.Pipeline;

/// <summary>The document block's time limit: a stuck document is abandoned and reported, and the documents after it still come through.</summary>
public sealed class StageBlockTests
{
    [Fact]
    public async Task A_document_over_the_time_limit_is_abandoned_and_reported_and_the_next_one_still_comes_through()
    {
        var report = new RunReport();
        var options = new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = 1, BoundedCapacity = 4, EnsureOrdered = true };
        var blocks = new StageBlock(report, new LoggerConfiguration().CreateLogger(), options, TimeSpan.FromMilliseconds(200));
        using var release = new ManualResetEventSlim();
        var stuck = Input("stuck.txt");
        var quick = Input("quick.txt");

        var block = blocks.Limited<InputFile, string>(input =>
        {
            if (input == stuck)
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }

            return [input.RelativePath];
        }, input => input);
        var results = new List<string>();
        var sink = new ActionBlock<string>(results.Add);
        block.LinkTo(sink, new DataflowLinkOptions { PropagateCompletion = true });

        report.Discovered(stuck);
        report.Discovered(quick);
        await block.SendAsync(stuck);
        await block.SendAsync(quick);
        block.Complete();
        await sink.Completion.WaitAsync(TimeSpan.FromSeconds(20));
        release.Set();

        Assert.Equal(["quick.txt"], results);
        var outcome = report.Summarize(TimeSpan.Zero).Inputs.Single(i => i.Path == "stuck.txt");
        Assert.Equal(OutcomeKind.Failed, outcome.Outcome);
        Assert.Contains("document: took longer than 0 s and was abandoned", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_fails_on_its_own_is_reported_with_its_reason_not_as_a_timeout()
    {
        var report = new RunReport();
        var options = new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = 1, BoundedCapacity = 4 };
        var blocks = new StageBlock(report, new LoggerConfiguration().CreateLogger(), options, TimeSpan.FromSeconds(30));
        var input = Input("broken.txt");

        var block = blocks.Limited<InputFile, string>(_ => throw new TimeoutException("the share did not answer"), i => i);
        var sink = new ActionBlock<string>(_ => { });
        block.LinkTo(sink, new DataflowLinkOptions { PropagateCompletion = true });
        report.Discovered(input);
        await block.SendAsync(input);
        block.Complete();
        await sink.Completion.WaitAsync(TimeSpan.FromSeconds(20));

        var reason = Assert.Single(report.Summarize(TimeSpan.Zero).Inputs.Single().Reasons);
        Assert.Contains("the share did not answer", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("abandoned", reason, StringComparison.Ordinal);
    }

    private static InputFile Input(string name) => new(Path.Combine(Path.GetTempPath(), name), name, 10, DateTime.UnixEpoch);
}
