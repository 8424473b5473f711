namespace Cleaner.Core.Evaluation;

/// <summary>
/// The multiset of overlapping word shingles of one text. A text shorter than a shingle
/// contributes a single short shingle of all its words, and an empty text contributes none.
/// </summary>
public sealed class ShingleCounts
{
    public const int ShingleLength = 4;

    // Words never contain a space, so joining with one gives each shingle a unique key.
    private const char WordSeparator = ' ';

    private readonly Dictionary<string, int> counts;

    private ShingleCounts(Dictionary<string, int> counts, int total)
    {
        this.counts = counts;
        Total = total;
    }

    /// <summary>Number of shingles, repeats included.</summary>
    public int Total { get; }

    public static ShingleCounts Of(string? text)
    {
        var words = BenchmarkWords.Split(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shingles = words.Count == 0 ? 0 : Math.Max(1, words.Count - ShingleLength + 1);
        for (var i = 0; i < shingles; i++)
        {
            var length = Math.Min(ShingleLength, words.Count - i);
            var key = string.Join(WordSeparator, words.Skip(i).Take(length));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return new ShingleCounts(counts, shingles);
    }

    /// <summary>How many times the shingle (its words joined by single spaces) occurs.</summary>
    public int CountOf(string shingle) => counts.GetValueOrDefault(shingle);

    /// <summary>Size of the multiset intersection: each shingle counts as often as it occurs in both.</summary>
    public int OverlapWith(ShingleCounts other)
    {
        var (smaller, larger) = counts.Count <= other.counts.Count ? (this, other) : (other, this);
        var overlap = 0;
        foreach (var (shingle, count) in smaller.counts)
        {
            overlap += Math.Min(count, larger.CountOf(shingle));
        }

        return overlap;
    }
}
