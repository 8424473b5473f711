using Cleaner.Core.Rules;

namespace Cleaner.Core.Html;

/// <summary>Names from bylines printed on the page, for pages whose metadata has no author.</summary>
internal sealed class VisibleMetadata(RuleSet? lines)
{
    private const int MaxNameWords = 6;

    public IReadOnlyList<string> Authors(IReadOnlyList<string> bylines)
    {
        var names = new List<string>();
        foreach (var byline in bylines)
        {
            var text = BylineText.StripBy(byline);
            var matched = false;
            if (lines is not null)
            {
                foreach (var pattern in lines.Bylines)
                {
                    var match = pattern.Match("By " + text);
                    if (match.Success && match.Groups["authors"].Success)
                    {
                        AddSplit(match.Groups["authors"].Value, names);
                        matched = true;
                        break;
                    }
                }
            }

            if (!matched && text.Split(' ').Length <= MaxNameWords && text.Length > 0)
            {
                AddSplit(text, names);
            }
        }

        return names;
    }

    private static void AddSplit(string authors, List<string> names)
    {
        foreach (var part in authors.Split([",", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 1 && !names.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(part);
            }
        }
    }
}
