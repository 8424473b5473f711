namespace Cleaner.Core.Evaluation;

/// <summary>A gold story paired with a predicted one, by 0-based positions in their dumps.</summary>
public sealed record StoryPair(int GoldIndex, int PredictedIndex, ShingleScore Score);

/// <summary>The pairing of one dump's gold and predicted stories, plus what was left on either side.</summary>
public sealed record StoryMatching(
    IReadOnlyList<StoryPair> Pairs,
    IReadOnlyList<int> MissingGoldIndexes,
    IReadOnlyList<int> ExtraPredictedIndexes);

/// <summary>
/// Pairs gold and predicted stories of one dump by text: greedily, best text F1 first, ties going
/// to the earlier gold story and then the earlier prediction. Stories that share no shingle are
/// never paired; they stay missing (gold) or extra (predicted).
/// </summary>
public static class StoryMatcher
{
    public static StoryMatching Match(IReadOnlyList<string> goldTexts, IReadOnlyList<string> predictedTexts)
    {
        var gold = goldTexts.Select(ShingleCounts.Of).ToList();
        var predicted = predictedTexts.Select(ShingleCounts.Of).ToList();

        var candidates = new List<StoryPair>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var score = ShingleScore.Compare(gold[g], predicted[p]);
                if (score.F1 > 0)
                {
                    candidates.Add(new StoryPair(g, p, score));
                }
            }
        }

        var ranked = candidates
            .OrderByDescending(c => c.Score.F1)
            .ThenBy(c => c.GoldIndex)
            .ThenBy(c => c.PredictedIndex);

        var pairs = new List<StoryPair>();
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        foreach (var candidate in ranked)
        {
            if (goldTaken[candidate.GoldIndex] || predictedTaken[candidate.PredictedIndex])
            {
                continue;
            }

            goldTaken[candidate.GoldIndex] = true;
            predictedTaken[candidate.PredictedIndex] = true;
            pairs.Add(candidate);
        }

        return new StoryMatching(
            pairs.OrderBy(p => p.GoldIndex).ToList(),
            Enumerable.Range(0, gold.Count).Where(g => !goldTaken[g]).ToList(),
            Enumerable.Range(0, predicted.Count).Where(p => !predictedTaken[p]).ToList());
    }
}
