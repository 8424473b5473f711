namespace Cleaner.Core.Evaluation;

/// <summary>Scores one dump: pairs its stories, then reports every gold story and every extra prediction.</summary>
internal static class DumpEvaluator
{
    public static (DumpResult Dump, IReadOnlyList<StoryResult> Stories) Evaluate(StoryDump gold, StoryDump? predicted)
    {
        var predictedStories = predicted?.Stories ?? [];
        var matching = StoryMatcher.Match(
            gold.Stories.Select(s => s.Text).ToList(),
            predictedStories.Select(s => s.Text).ToList());
        var pairByGold = matching.Pairs.ToDictionary(p => p.GoldIndex);

        var rows = new List<StoryResult>();
        for (var g = 0; g < gold.Stories.Count; g++)
        {
            var goldStory = gold.Stories[g];
            rows.Add(pairByGold.TryGetValue(g, out var pair)
                ? new StoryResult(
                    gold.Dump, g + 1, pair.PredictedIndex + 1, goldStory.Title, StoryOutcome.Matched, pair.Score,
                    StoryFields.Mismatches(goldStory, predictedStories[pair.PredictedIndex]))
                : new StoryResult(
                    gold.Dump, g + 1, null, goldStory.Title, StoryOutcome.Missing, ShingleScore.Score(goldStory.Text, null), []));
        }

        foreach (var p in matching.ExtraPredictedIndexes)
        {
            var extra = predictedStories[p];
            rows.Add(new StoryResult(
                gold.Dump, null, p + 1, extra.Title, StoryOutcome.Extra, ShingleScore.Score(null, extra.Text), []));
        }

        var dump = new DumpResult(
            gold.Dump, gold.Stories.Count, predictedStories.Count,
            matching.MissingGoldIndexes.Count, matching.ExtraPredictedIndexes.Count);
        return (dump, rows);
    }
}
