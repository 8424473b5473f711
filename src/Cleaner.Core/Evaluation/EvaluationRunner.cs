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
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goldDump in gold)
        {
            var prediction = PredictionFor(goldDump.Dump, predictedByDump);
            if (prediction is not null)
            {
                matched.Add(prediction.Dump);
            }

            var (dump, rows) = DumpEvaluator.Evaluate(goldDump, prediction);
            dumps.Add(dump);
            stories.AddRange(rows);
        }

        var notInGold = predicted.Select(d => d.Dump).Where(name => !matched.Contains(name)).ToList();
        return new EvaluationReport(stories, dumps, OverallSummary.Of(stories, dumps), notInGold);
    }

    /// <summary>
    /// The predicted dump for a gold source: the same path, or the one prediction whose path ends in it
    /// (gold files usually name a dump by its file name; predictions carry the path below the input root).
    /// </summary>
    private static StoryDump? PredictionFor(string goldDump, Dictionary<string, StoryDump> predicted)
    {
        if (predicted.TryGetValue(goldDump, out var exact))
        {
            return exact;
        }

        var suffix = "/" + goldDump.TrimStart('/');
        var candidates = predicted.Values.Where(p => p.Dump.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => throw new EvaluationInputException(goldDump, $"{candidates.Count} predicted inputs end in {goldDump}: {string.Join(", ", candidates.Select(c => c.Dump))}; name it by its path in the gold file"),
        };
    }
}
