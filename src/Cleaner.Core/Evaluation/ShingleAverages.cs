namespace Cleaner.Core.Evaluation;

/// <summary>
/// Corpus-level scores as the article-extraction benchmark reports them: precision is averaged over
/// documents whose prediction has any shingle, recall over documents whose reference has any,
/// and F1 is the harmonic mean of those two means (not a mean of per-document F1).
/// An empty average is 0.
/// </summary>
public sealed record ShingleAverages(double Precision, double Recall, double F1)
{
    public static ShingleAverages Of(IEnumerable<ShingleScore> scores)
    {
        var all = scores.ToList();
        var precision = MeanOrZero(all.Where(s => s.HasOutput).Select(s => s.Precision));
        var recall = MeanOrZero(all.Where(s => s.HasReference).Select(s => s.Recall));
        return new ShingleAverages(precision, recall, ShingleScore.HarmonicMean(precision, recall));
    }

    private static double MeanOrZero(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
