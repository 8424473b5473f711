namespace Cleaner.Core.Evaluation;

/// <summary>Rolls story and dump rows up into the report's totals.</summary>
internal static class OverallSummary
{
    public static OverallResult Of(IReadOnlyList<StoryResult> stories, IReadOnlyList<DumpResult> dumps)
    {
        var averages = ShingleAverages.Of(stories.Select(s => s.Score));
        var matched = stories.Where(s => s.Outcome == StoryOutcome.Matched).ToList();
        var goldStories = stories.Where(s => s.Outcome != StoryOutcome.Extra).ToList();

        var fieldRates = StoryFields.All
            .Select(field => new FieldExactRate(field, matched.Count(s => !s.MismatchedFields.Contains(field)), matched.Count))
            .ToList();

        return new OverallResult(
            Dumps: dumps.Count,
            GoldStories: dumps.Sum(d => d.GoldStories),
            PredictedStories: dumps.Sum(d => d.PredictedStories),
            MatchedStories: matched.Count,
            MissingStories: dumps.Sum(d => d.Missing),
            ExtraStories: dumps.Sum(d => d.Extra),
            Precision: averages.Precision,
            Recall: averages.Recall,
            F1: averages.F1,
            StoryCountExactRate: dumps.Count == 0 ? 0 : (double)dumps.Count(d => d.StoryCountMatches) / dumps.Count,
            FieldExactRates: fieldRates,
            MinStoryF1: goldStories.Count == 0 ? null : goldStories.Min(s => s.Score.F1));
    }
}
