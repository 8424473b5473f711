namespace Cleaner.Core.Pipeline;

/// <summary>How the pipeline runs (not what it decides: that is in pipeline-config/).</summary>
public sealed record PipelineOptions
{
    /// <summary>Items processed at once per stage; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Items a stage may hold waiting; bounds memory whatever the corpus size.</summary>
    public int BoundedCapacity { get; init; } = 64;

    /// <summary>How long the analysis of one document may take before it is abandoned and reported.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The moment relative dates ("15 min ago") are counted back from; null leaves them unresolved.</summary>
    public DateTimeOffset? ReferenceTime { get; init; }
}
