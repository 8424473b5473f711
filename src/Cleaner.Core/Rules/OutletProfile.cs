namespace Cleaner.Core.Rules;

/// <summary>One outlet, one file: <c>pipeline-config/outlets/&lt;id&gt;.json</c>.</summary>
public sealed record OutletProfile
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Other names the outlet appears under in credits, copyright lines and bylines.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The name alone says nothing: it is a common word or another paper's name too ("Dawn", "The Sun", "The Star",
    /// "The Telegraph"). Stories still carry it, but only the aliases count as name evidence.
    /// </summary>
    public bool NameIsAmbiguous { get; init; }

    /// <summary>The names a site-name line, copyright line, byline or credit may carry as evidence of this outlet.</summary>
    public IEnumerable<string> EvidenceNames => NameIsAmbiguous ? Aliases : Aliases.Prepend(Name);

    public IReadOnlyList<OutletSignature> Signatures { get; init; } = [];

    /// <summary>Lines that open every story on this outlet's pages; a split signal for infinite-scroll dumps.</summary>
    public IReadOnlyList<string> StoryMarkers { get; init; } = [];

    /// <summary>
    /// A wire service whose copy other outlets carry. Its bare name line, a "By &lt;name&gt;" byline and a
    /// "&lt;name&gt; contributed to this report" credit are then evidence of supplied copy, not of where the page was published,
    /// so the detector does not count them for this profile.
    /// </summary>
    public bool Agency { get; init; }

    /// <summary>Where the signatures were learned from (page addresses or descriptions); documentation only.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>A weighted text signature. Exactly one of <see cref="Line"/> or <see cref="Pattern"/> is set.</summary>
public sealed record OutletSignature
{
    public string Kind { get; init; } = "layout";
    public string? Line { get; init; }
    public string? Pattern { get; init; }
    public double Weight { get; init; }
    public string? Note { get; init; }
}
