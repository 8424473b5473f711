using System.Text.RegularExpressions;

namespace Cleaner.Tests.Html;

/// <summary>
/// The article-extraction-benchmark text metric: words are \w+ runs, texts become multisets of overlapping 4-word shingles,
/// precision and recall come from the multiset intersection.
/// </summary>
public static partial class ShingleMetric
{
    private const int N = 4;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static (double Precision, double Recall, bool HasOutput) Score(string expected, string actual)
    {
        var truth = Shingles(expected);
        var predicted = Shingles(actual);
        var truthTotal = truth.Values.Sum();
        var predictedTotal = predicted.Values.Sum();
        var overlap = predicted.Sum(kv => Math.Min(kv.Value, truth.GetValueOrDefault(kv.Key)));
        var precision = predictedTotal == 0 ? 0 : (double)overlap / predictedTotal;
        var recall = truthTotal == 0 ? (predictedTotal == 0 ? 1 : 0) : (double)overlap / truthTotal;
        return (precision, recall, predictedTotal > 0);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return result;
        }

        var count = Math.Max(1, words.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', words.Skip(i).Take(N));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }
}
