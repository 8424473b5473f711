using System.Collections.Concurrent;
using Cleaner.Core.Model;

namespace Cleaner.Core.Pipeline;

/// <summary>
/// What happened to every input of a run. Thread-safe: stages report as they go. Each input ends as
/// stories written, "no story found", skipped as unchanged, or failed with a reason; nothing is left
/// without an outcome. Observers hear when an input is complete, which is when it may be marked done.
/// </summary>
public sealed class RunReport(IReadOnlyList<IRunObserver>? observers = null)
{
    private readonly IReadOnlyList<IRunObserver> _observers = observers ?? [];
    private readonly ConcurrentDictionary<string, InputRecord> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _removed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string Reason)> _problems = new();
    private long _bytes;

    public void Discovered(InputFile input) => Record(input);

    /// <summary>An input left alone because an earlier run already processed it, unchanged.</summary>
    public void Skipped(InputFile input)
    {
        var record = Record(input);
        lock (record)
        {
            record.Skipped = true;
        }
    }

    public void Read(SourceDocument document)
    {
        Interlocked.Add(ref _bytes, document.Input.Length);
        var record = Record(document.Input);
        lock (record)
        {
            record.Encoding = document.Encoding;
            record.Warnings.AddRange(document.Warnings);
        }
    }

    public void Split(InputFile input, string sha256, int stories, IReadOnlyDictionary<string, int> chromeRemoved)
    {
        var record = Record(input);
        bool complete;
        lock (record)
        {
            record.Sha256 = sha256;
            record.StoriesFound = stories;
            record.Split = true;
            complete = stories == 0 && record.Failures.Count == 0;
        }

        AddRemoved(chromeRemoved);
        if (complete)
        {
            Complete(input, sha256, []);
        }
    }

    public void StoryWritten(StoryDocument story, InputFile input, string? outputPath)
    {
        var record = Record(input);
        List<string>? completedOutputs = null;
        lock (record)
        {
            record.StoriesWritten++;
            if (outputPath is not null)
            {
                record.Outputs.Add(outputPath);
            }

            completedOutputs = OutputsIfComplete(record);
        }

        AddRemoved(story.Removed);
        foreach (var observer in _observers)
        {
            observer.StoryWritten(input);
        }

        if (completedOutputs is not null)
        {
            Complete(input, record.Sha256!, completedOutputs);
        }
    }

    /// <summary>
    /// A story the split found that kept no text once cleaned (its every line was boilerplate): it is not written, and
    /// an input left with no story at all ends as "no story found".
    /// </summary>
    public void StoryWithoutText(StoryDocument story, InputFile input)
    {
        var record = Record(input);
        List<string>? completedOutputs = null;
        lock (record)
        {
            record.StoriesFound--;
            completedOutputs = OutputsIfComplete(record);
        }

        AddRemoved(story.Removed);
        if (completedOutputs is not null)
        {
            Complete(input, record.Sha256!, completedOutputs);
        }
    }

    public void Failed(InputFile input, string reason)
    {
        var record = Record(input);
        lock (record)
        {
            record.Failures.Add(reason);
        }

        foreach (var observer in _observers)
        {
            observer.InputFailed(input, reason);
        }
    }

    /// <summary>The input's outputs once every story it still counts is written without a failure; null before. Call under its lock.</summary>
    private static List<string>? OutputsIfComplete(InputRecord record) =>
        record.Split && record.StoriesWritten == record.StoriesFound && record.Failures.Count == 0
            ? [.. record.Outputs.Order(StringComparer.Ordinal)]
            : null;

    private void Complete(InputFile input, string sha256, IReadOnlyList<string> outputs)
    {
        foreach (var observer in _observers)
        {
            observer.InputCompleted(input, sha256, outputs);
        }
    }

    /// <summary>A path given on the command line or met during the walk that could not be used at all.</summary>
    public void Problem(string path, string reason) => _problems.Enqueue((path, reason));

    public RunSummary Summarize(TimeSpan elapsed)
    {
        var inputs = _inputs.Values.OrderBy(r => r.Input.RelativePath, StringComparer.Ordinal).Select(r => r.ToOutcome()).ToList();
        var problems = _problems.OrderBy(p => p.Path, StringComparer.Ordinal).Select(p => new InputOutcome(p.Path, OutcomeKind.Failed, 0, [p.Reason], [], [])).ToList();
        return new RunSummary(
            [.. inputs, .. problems],
            Interlocked.Read(ref _bytes),
            new SortedDictionary<string, int>(_removed, StringComparer.Ordinal),
            elapsed);
    }

    private InputRecord Record(InputFile input) => _inputs.GetOrAdd(input.RelativePath + "\0" + input.FullPath, _ => new InputRecord(input));

    private void AddRemoved(IReadOnlyDictionary<string, int> removed)
    {
        foreach (var (kind, count) in removed)
        {
            _removed.AddOrUpdate(kind, count, (_, existing) => existing + count);
        }
    }

    private sealed class InputRecord(InputFile input)
    {
        public InputFile Input { get; } = input;
        public string? Encoding { get; set; }
        public string? Sha256 { get; set; }
        public bool Skipped { get; set; }
        public bool Split { get; set; }
        public int StoriesFound { get; set; }
        public int StoriesWritten { get; set; }
        public List<string> Failures { get; } = [];
        public List<string> Warnings { get; } = [];
        public List<string> Outputs { get; } = [];

        public InputOutcome ToOutcome()
        {
            lock (this)
            {
                var failures = new List<string>(Failures);
                if (Skipped)
                {
                    return new InputOutcome(Input.RelativePath, OutcomeKind.SkippedUnchanged, 0, [], [], []);
                }

                if (failures.Count == 0 && Split && StoriesWritten < StoriesFound)
                {
                    failures.Add($"{StoriesFound - StoriesWritten} of {StoriesFound} stories were not written");
                }
                else if (failures.Count == 0 && !Split)
                {
                    failures.Add("not processed (the run stopped before this input)");
                }

                var kind = failures.Count > 0 ? OutcomeKind.Failed
                    : StoriesFound == 0 ? OutcomeKind.NoStoryFound
                    : OutcomeKind.Stories;
                Outputs.Sort(StringComparer.Ordinal);
                return new InputOutcome(Input.RelativePath, kind, StoriesWritten, failures, Warnings.ToList(), Outputs.ToList());
            }
        }
    }
}

public enum OutcomeKind
{
    Stories,
    NoStoryFound,
    SkippedUnchanged,
    Failed,
}

public sealed record InputOutcome(
    string Path,
    OutcomeKind Outcome,
    int Stories,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Outputs);

public sealed record RunSummary(IReadOnlyList<InputOutcome> Inputs, long Bytes, IReadOnlyDictionary<string, int> Removed, TimeSpan Elapsed)
{
    public int Stories => Inputs.Sum(i => i.Stories);
    public int Failed => Inputs.Count(i => i.Outcome == OutcomeKind.Failed);
    public int NoStory => Inputs.Count(i => i.Outcome == OutcomeKind.NoStoryFound);
    public int Skipped => Inputs.Count(i => i.Outcome == OutcomeKind.SkippedUnchanged);
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1_048_576.0 / Elapsed.TotalSeconds : 0;
}
