namespace Cleaner.Core.Rules;

/// <summary>Thresholds from <c>pipeline-config/pipeline.json</c>. Every default is documented in pipeline-config/README.md.</summary>
public sealed record PipelineSettings
{
    public ReadSettings Read { get; init; } = new();
    public SplitSettings Split { get; init; } = new();
    public CleanSettings Clean { get; init; } = new();
    public DetectSettings Detect { get; init; } = new();
    public InputSettings Input { get; init; } = new();
}

public sealed record ReadSettings
{
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
    public int MaxLineChars { get; init; } = 1_000_000;
    public double MaxControlCharRatio { get; init; } = 0.02;
    public HardWrapSettings HardWrap { get; init; } = new();
}

/// <summary>When a text dump counts as hard-wrapped at a fixed width, and what its lines may end with mid-sentence.</summary>
public sealed record HardWrapSettings
{
    public int MinLines { get; init; } = 8;
    public int MinWidth { get; init; } = 50;
    public int MaxWidth { get; init; } = 132;
    public double MinRunOnShare { get; init; } = 0.35;
    public IReadOnlyList<string> ContinuationWords { get; init; } = [];
}

public sealed record SplitSettings
{
    public int HeadlineMinWords { get; init; } = 3;
    public int HeadlineMaxWords { get; init; } = 30;
    public int HeadlineMaxChars { get; init; } = 220;
    public int RepeatWindowLines { get; init; } = 14;
    public int MetadataWindowLines { get; init; } = 8;
    public int BlankGapLines { get; init; } = 2;
    public double StrongAnchorScore { get; init; } = 2.0;
    public int MinStoryWords { get; init; } = 25;
    public int MinWeakStoryWords { get; init; } = 80;
}

public sealed record CleanSettings
{
    public int ProseMinWords { get; init; } = 30;
    public int ShortSentenceMinWords { get; init; } = 4;
    public int MenuItemMaxWords { get; init; } = 4;
    public int TagMaxWords { get; init; } = 6;
    public int TagRunMinLines { get; init; } = 2;
    public int CaptionMinWords { get; init; } = 5;
    public int StandfirstMaxWords { get; init; } = 45;
    public int TeaserExitProseWords { get; init; } = 40;
    public int TeaserExitProseLines { get; init; } = 2;
}

public sealed record DetectSettings
{
    public double MinConfidence { get; init; } = 0.5;
    public double SiteNameLineWeight { get; init; } = 0.6;
    public double CopyrightWeight { get; init; } = 0.8;
    public double DomainMentionWeight { get; init; } = 0.7;
    public double OutletBylineWeight { get; init; } = 0.5;
}

public sealed record InputSettings
{
    public IReadOnlyList<string> Include { get; init; } = ["**/*.txt", "**/*.text", "**/*.html", "**/*.htm", "**/*.html.gz", "**/*.htm.gz"];
    public IReadOnlyList<string> Exclude { get; init; } = ["**/_state/**", "**/_logs/**", "**/_runs/**", "**/_quarantine/**", "**/.*/**"];
}
