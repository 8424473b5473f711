namespace Cleaner.Core.Rules;

/// <summary>Stopword lists per ISO 639-1 code, from <c>pipeline-config/languages.json</c>.</summary>
public sealed record LanguageProfiles
{
    public int MinWords { get; init; } = 20;
    public double MinStopwordShare { get; init; } = 0.12;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Stopwords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
