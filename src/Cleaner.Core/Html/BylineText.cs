using System.Text.RegularExpressions;

namespace Cleaner.Core.Html;

/// <summary>Turns a visible or meta byline ("By Jane Doe and John Roe, Reuters") into names.</summary>
internal static partial class BylineText
{
    [GeneratedRegex(@"^\s*(by|von|par|por|di|door|av|af)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static string StripBy(string text) => ByPrefix().Replace(DomText.Collapse(text), "").Trim();
}
