// Metric: scrapinghub/article-extraction-benchmark (evaluate.py, string_shingle_matching and metrics_from_tp_fp_fns).
using System.Text.Json.Serialization;

namespace Cleaner.Core.Evaluation;

/// <summary>
/// Text agreement of one predicted text with its reference, over 4-word shingles counted as multisets.
/// Counts are raw; the benchmark scales them to sum to 1, which leaves every ratio here unchanged.
/// </summary>
public readonly record struct ShingleScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>1 when nothing is wrong (two empty texts included); 0 when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, FalsePositives);

    /// <summary>1 when nothing is wrong (two empty texts included); 0 when nothing of the reference was found.</summary>
    public double Recall => Ratio(TruePositives, FalseNegatives);

    /// <summary>Harmonic mean of this document's precision and recall (0 when both are 0).</summary>
    public double F1 => HarmonicMean(Precision, Recall);

    /// <summary>The prediction has at least one shingle, so it takes part in mean precision.</summary>
    [JsonIgnore]
    public bool HasOutput => TruePositives + FalsePositives > 0;

    /// <summary>The reference has at least one shingle, so it takes part in mean recall.</summary>
    [JsonIgnore]
    public bool HasReference => TruePositives + FalseNegatives > 0;

    public static ShingleScore Score(string? gold, string? predicted) =>
        Compare(ShingleCounts.Of(gold), ShingleCounts.Of(predicted));

    public static ShingleScore Compare(ShingleCounts gold, ShingleCounts predicted)
    {
        var overlap = gold.OverlapWith(predicted);
        return new ShingleScore(overlap, predicted.Total - overlap, gold.Total - overlap);
    }

    internal static double HarmonicMean(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private double Ratio(int hits, int misses)
    {
        if (FalsePositives == 0 && FalseNegatives == 0)
        {
            return 1;
        }

        return hits == 0 ? 0 : (double)hits / (hits + misses);
    }
}
