using System.Text.RegularExpressions;
using Cleaner.Core.Rules;
using HtmlAgilityPack;

namespace Cleaner.Core.Html;

/// <summary>
/// Bylines and dates printed on the page, for pages whose metadata lacks them: elements marked rel=author,
/// itemprop=author or with a byline class, and &lt;time datetime&gt; — the first after the headline wins,
/// because the story's own byline sits under its headline while author boxes of other stories come elsewhere.
/// </summary>
internal sealed partial class VisibleMetadata(ClassHints hints, HtmlMetadataRules rules, RuleSet? lines)
{
    private const int MaxNameWords = 6;

    [GeneratedRegex(@"\s(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMonth();

    /// <summary>The byline texts of the page: the first byline element after <paramref name="headline"/>, else the first at all.</summary>
    public (IReadOnlyList<string> Bylines, string? Date) Find(HtmlNode root, HtmlNode? headline)
    {
        var passedHeadline = headline is null;
        HtmlNode? before = null, after = null;
        string? dateBefore = null, dateAfter = null;
        for (var node = root.FirstChild; node is not null; )
        {
            if (node == headline)
            {
                passedHeadline = true;
            }

            if (node.NodeType != HtmlNodeType.Element)
            {
                node = DomWalk.Next(node, root);
                continue;
            }

            if (hints.IsUnlikely(HintTokens.Of(node)) && !hints.Byline.Matches(HintTokens.Of(node)))
            {
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            if (IsDate(node) is { } date)
            {
                if (passedHeadline)
                {
                    dateAfter ??= date;
                }
                else
                {
                    dateBefore ??= date;
                }
            }

            if (IsByline(node))
            {
                if (passedHeadline)
                {
                    after ??= node;
                }
                else
                {
                    before ??= node;
                }

                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, root);
        }

        var chosen = after ?? before;
        return (chosen is null ? [] : [NameText(chosen)], dateAfter ?? dateBefore);
    }

    public IReadOnlyList<string> Authors(IReadOnlyList<string> bylines)
    {
        var names = new List<string>();
        foreach (var byline in bylines)
        {
            var text = Tidy(BylineText.StripBy(byline));
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

    private bool IsByline(HtmlNode node)
    {
        var marked = node.GetAttributeValue("rel", "") == "author"
                     || node.GetAttributeValue("itemprop", "").Contains("author", StringComparison.OrdinalIgnoreCase)
                     || (node.Name is not ("p" or "li" or "h1" or "h2" or "body" or "article" or "main") && hints.Byline.Matches(HintTokens.Of(node)));
        if (!marked)
        {
            return false;
        }

        var text = DomText.Of(node);
        return text.Length >= 3 && text.Length <= rules.MaxBylineChars && text.Any(char.IsLetter);
    }

    private static string? IsDate(HtmlNode node)
    {
        if (node.Name == "time" && node.GetAttributeValue("datetime", "") is { Length: > 0 } datetime)
        {
            return datetime.Trim();
        }

        return node.GetAttributeValue("itemprop", "") == "datePublished" && node.GetAttributeValue("datetime", node.GetAttributeValue("content", "")) is { Length: > 0 } value
            ? value.Trim()
            : null;
    }

    /// <summary>The author's name inside a byline: a nested itemprop=name when there is one, else the whole text.</summary>
    private static string NameText(HtmlNode byline)
    {
        foreach (var inner in DomWalk.Descendants(byline))
        {
            if (inner.NodeType == HtmlNodeType.Element && inner.GetAttributeValue("itemprop", "") == "name")
            {
                return DomText.Of(inner);
            }
        }

        return DomText.Of(byline);
    }

    /// <summary>Names hold no digits: a byline's date ("Jane Doe March 25, 2015") is cut off.</summary>
    private static string Tidy(string text)
    {
        var digit = text.IndexOfAny("0123456789".ToCharArray());
        if (digit > 0)
        {
            text = TrailingMonth().Replace(text[..digit].TrimEnd(' ', ',', '-', '|', '·'), "");
        }

        var bar = text.IndexOf('|');
        return (bar > 0 ? text[..bar] : text).Trim(' ', ',', '-', '·');
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
