namespace Cleaner.Core.Evaluation;

/// <summary>Compares predicted stories with gold stories, dump by dump.</summary>
public static class EvaluationRunner
{
    /// <summary>Reads gold files from <paramref name="goldDir"/> and predictions from <paramref name="predDir"/>, then evaluates.</summary>
    /// <exception cref="DirectoryNotFoundException">Either folder does not exist.</exception>
    /// <exception cref="EvaluationInputException">A file cannot be read as gold or prediction, or the gold folder is empty.</exception>
    public static EvaluationReport Evaluate(string goldDir, string predDir) =>
        Evaluate(GoldReader.Read(goldDir), PredictionReader.Read(predDir));

    public static EvaluationReport Evaluate(IReadOnlyList<StoryDump> gold, IReadOnlyList<StoryDump> predicted)
    {
        var predictedByDump = new Dictionary<string, StoryDump>(StringComparer.Ordinal);
        foreach (var dump in predicted)
        {
            if (!predictedByDump.TryAdd(dump.Dump, dump))
            {
                throw new ArgumentException($"predictions give dump {dump.Dump} more than once", nameof(predicted));
            }
        }

        var stories = new List<StoryResult>();
        var dumps = new List<DumpResult>();
        foreach (var goldDump in gold)
        {
            var (dump, rows) = DumpEvaluator.Evaluate(goldDump, predictedByDump.GetValueOrDefault(goldDump.Dump));
            dumps.Add(dump);
            stories.AddRange(rows);
        }

        var goldNames = gold.Select(d => d.Dump).ToHashSet(StringComparer.Ordinal);
        var notInGold = predicted.Select(d => d.Dump).Where(name => !goldNames.Contains(name)).ToList();
        return new EvaluationReport(stories, dumps, OverallSummary.Of(stories, dumps), notInGold);
    }
}
