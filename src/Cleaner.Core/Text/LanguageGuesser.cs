using Cleaner.Core.Rules;

namespace Cleaner.Core.Text;

/// <summary>
/// Names a text's language by the share of its words found in each stopword list. Short or ambiguous texts
/// get null: a wrong language code is worse than none for downstream topic models.
/// </summary>
public sealed class LanguageGuesser
{
    private const int SampleWords = 400;

    private readonly LanguageProfiles _profiles;
    private readonly Dictionary<string, List<int>> _languagesByWord = new(StringComparer.Ordinal);
    private readonly string[] _codes;

    public LanguageGuesser(LanguageProfiles profiles)
    {
        _profiles = profiles;
        _codes = profiles.Stopwords.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var l = 0; l < _codes.Length; l++)
        {
            foreach (var word in profiles.Stopwords[_codes[l]])
            {
                var key = word.ToLowerInvariant();
                if (!_languagesByWord.TryGetValue(key, out var list))
                {
                    _languagesByWord[key] = list = [];
                }

                list.Add(l);
            }
        }
    }

    public string? Guess(IEnumerable<string> paragraphs)
    {
        var hits = new int[_codes.Length];
        var words = 0;
        var lookup = _languagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var paragraph in paragraphs)
        {
            var span = paragraph.AsSpan();
            var start = -1;
            for (var i = 0; i <= span.Length && words < SampleWords; i++)
            {
                var inWord = i < span.Length && char.IsLetter(span[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = span[start..i];
                    start = -1;
                    words++;
                    if (word.Length <= lower.Length)
                    {
                        var length = word.ToLowerInvariant(lower);
                        if (lookup.TryGetValue(lower[..length], out var languages))
                        {
                            foreach (var l in languages)
                            {
                                hits[l]++;
                            }
                        }
                    }
                }
            }

            if (words >= SampleWords)
            {
                break;
            }
        }

        if (words < _profiles.MinWords)
        {
            return null;
        }

        var best = -1;
        for (var l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                best = l;
            }
        }

        return best >= 0 && (double)hits[best] / words >= _profiles.MinStopwordShare ? _codes[best] : null;
    }
}
