using System.Threading.Tasks.Dataflow;
using Cleaner.Core.Model;
using Cleaner.Core.Resilience;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages;
using Serilog;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// The stages in order: read → split → clean → detect outlet → metadata → assemble → write.
/// Each stage is a plain class; this is the only place that knows about Dataflow. Blocks are bounded, so a
/// slow writer holds back the readers instead of letting documents pile up in memory; order is kept, so
/// output order follows input order. File reads and writes go through <see cref="FileResilience"/>; when
/// the output keeps failing, the run stops feeding inputs and ends with <see cref="OutputUnavailableException"/>.
/// </summary>
public sealed class CleaningPipeline(
    CleanerConfig config,
    PipelineOptions options,
    IStorySink sink,
    RunReport report,
    ILogger log,
    FileResilience? files = null)
{
    private readonly FileResilience _files = files ?? new FileResilience(log);

    public async Task RunAsync(IEnumerable<InputFile> inputs, CancellationToken cancellation = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        OutputUnavailableException? outputFailure = null;

        var parallel = new ExecutionDataflowBlockOptions
        {
            MaxDegreeOfParallelism = options.Parallelism,
            BoundedCapacity = options.BoundedCapacity,
            EnsureOrdered = true,
            CancellationToken = stop.Token,
        };
        var blocks = new StageBlock(report, log, parallel, options.DocumentTimeout);

        var read = new ReadInputStage(config.Settings.Read);
        var readHtml = new ReadHtmlStage(config);
        var split = new SplitStoriesStage(config);
        var clean = new CleanStoryStage(config);
        var detect = new DetectOutletStage(config);
        var describe = new ExtractMetadataStage(config, options.ReferenceTime);
        var assemble = new AssembleStoryStage();

        // A document is read and split under one time limit: reading an HTML page includes parsing and extracting
        // it, and splitting is where a text dump is analysed, so these are where a pathological input would stall.
        var documentBlock = blocks.Limited<InputFile, StoryDraft>(input =>
        {
            var document = StageBlock.Run("read", () =>
                _files.Read(input.FullPath, () => input.Format == SourceFormat.Html ? readHtml.Read(input) : read.Read(input), stop.Token));
            report.Read(document);
            foreach (var warning in document.Warnings)
            {
                log.Warning("{Input}: {Warning}", input.RelativePath, warning);
            }

            var result = StageBlock.Run("split", () => split.Split(document));
            if (result.Stories.Count == 0)
            {
                log.Information("{Input}: no story found{Reason}", document.Input.RelativePath,
                    document.Html?.NoArticleReason is { } reason ? $" ({reason})" : "");
            }

            report.Split(document.Input, document.Sha256, result.Stories.Count, result.ChromeRemoved);
            return result.Stories;
        }, input => input);

        // The per-story stages are light and run back to back on one worker: a hand-off between blocks would cost
        // more than most of them. The story is rendered here too, so a sequential sink (JSON Lines) only writes.
        var storyBlock = blocks.One<StoryDraft, AssembledStory>(draft =>
        {
            var cleaned = StageBlock.Run("clean", () => clean.Clean(draft));
            var attributed = StageBlock.Run("detect", () => detect.Detect(cleaned));
            var described = StageBlock.Run("metadata", () => describe.Describe(attributed));
            var document = StageBlock.Run("assemble", () => assemble.Assemble(described));
            // A story without text is not written (see the write block), so it is not rendered either.
            var rendered = document.Text.Length == 0 ? [] : StageBlock.Run("render", () => sink.Render(document));
            return new AssembledStory(document, rendered, draft.Document.Source.Input);
        }, draft => draft.Document.Source.Input);

        var writeOptions = new ExecutionDataflowBlockOptions
        {
            MaxDegreeOfParallelism = sink.Sequential ? 1 : options.Parallelism,
            BoundedCapacity = options.BoundedCapacity,
            CancellationToken = stop.Token,
        };
        var writeBlock = new ActionBlock<AssembledStory>(story =>
        {
            if (story.Document.Text.Length == 0)
            {
                report.StoryWithoutText(story.Document, story.Input);
                log.Information("{Input}: story {Story} of {Of} kept no text once cleaned; not written",
                    story.Input.RelativePath, story.Document.Source.Story, story.Document.Source.Of);
                return;
            }

            try
            {
                var path = sink.Write(story.Document, story.Rendered, _files);
                report.StoryWritten(story.Document, story.Input, path);
            }
            catch (OutputUnavailableException e)
            {
                report.Failed(story.Input, $"write: {e.Message}");
                if (Interlocked.CompareExchange(ref outputFailure, e, null) is null)
                {
                    log.Error("Output location keeps failing; stopping the run: {Reason}", e.Message);
                    stop.Cancel();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var reason = $"write: {FailureReasons.Describe(e)}";
                report.Failed(story.Input, reason);
                log.Warning("{Input}: {Reason}", story.Input.RelativePath, reason);
            }
        }, writeOptions);

        var link = new DataflowLinkOptions { PropagateCompletion = true };
        documentBlock.LinkTo(storyBlock, link);
        storyBlock.LinkTo(writeBlock, link);

        try
        {
            foreach (var input in inputs)
            {
                report.Discovered(input);
                if (!await documentBlock.SendAsync(input, stop.Token).ConfigureAwait(false))
                {
                    break;
                }
            }

            documentBlock.Complete();
            await writeBlock.Completion.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (outputFailure is not null)
        {
        }

        if (outputFailure is not null)
        {
            throw outputFailure;
        }
    }

    private sealed record AssembledStory(StoryDocument Document, byte[] Rendered, InputFile Input);
}
