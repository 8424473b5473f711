namespace Cleaner.Core.Html;

/// <summary>Words of a text as a multiset, for comparing two texts by overlap (words are runs of letters and digits).</summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public WordBag(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                var token = text[start..i].ToLowerInvariant();
                _counts[token] = _counts.GetValueOrDefault(token) + 1;
                Total++;
                start = -1;
            }
        }
    }

    public int Total { get; }

    /// <summary>F1 of word overlap between this text and <paramref name="other"/> (0 when either is empty).</summary>
    public double F1(WordBag other)
    {
        if (Total == 0 || other.Total == 0)
        {
            return 0;
        }

        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        var overlap = 0;
        foreach (var (word, count) in small._counts)
        {
            overlap += Math.Min(count, large._counts.GetValueOrDefault(word));
        }

        var precision = (double)overlap / Total;
        var recall = (double)overlap / other.Total;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
