namespace Cleaner.Core.Html;

/// <summary>
/// Combines JSON-LD, meta tags, &lt;title&gt;, &lt;html lang&gt; and the canonical link into <see cref="PageMetadata"/>.
/// JSON-LD wins for article facts (it is written for machines and names the article, not the page); meta tags fill gaps.
/// </summary>
internal sealed class MetadataReader(HtmlMetadataRules rules)
{
    private readonly JsonLdReader _jsonLd = new(rules);
    private readonly TitleCleaner _titles = new(rules.TitleSeparators);

    public PageMetadata Read(PageHead head, List<string> warnings)
    {
        var ld = _jsonLd.Read(head.JsonLd, head.DocumentTitle ?? head.First(rules.TitleKeys), warnings);
        var canonical = Absolute(head.Canonical) ?? Absolute(head.First(rules.UrlKeys)) ?? Absolute(ld?.Url);
        var host = HostOf(canonical);
        var siteName = head.First(rules.SiteNameKeys.Take(1)) ?? ld?.Publisher ?? ld?.WebsiteName ?? head.First(rules.SiteNameKeys.Skip(1));
        var headings = head.H1.Select(h => DomText.Of(h)).Where(h => h.Length > 0).ToList();

        var title = ld?.Headline ?? head.First(rules.TitleKeys) ?? head.DocumentTitle ?? headings.FirstOrDefault();
        if (title is not null)
        {
            title = _titles.Clean(title, siteName, host, headings);
        }

        var authors = ld?.Authors is { Count: > 0 } ldAuthors ? ldAuthors : MetaAuthors(head);
        return new PageMetadata
        {
            Title = title,
            SiteName = siteName,
            Description = head.First(rules.DescriptionKeys) ?? ld?.Description,
            Authors = authors,
            Published = ld?.Published ?? head.First(rules.PublishedKeys),
            Modified = ld?.Modified ?? head.First(rules.ModifiedKeys),
            Language = head.HtmlLang ?? Locale(head.First(rules.LanguageKeys)) ?? ld?.Language,
            CanonicalUrl = canonical,
            Host = host,
            JsonLdArticleBody = ld?.ArticleBody,
        };
    }

    private List<string> MetaAuthors(PageHead head)
    {
        foreach (var key in rules.AuthorKeys)
        {
            var names = head.All(key)
                .Select(BylineText.StripBy)
                .Where(v => v.Length > 0 && !v.StartsWith('@') && !v.Contains("://", StringComparison.Ordinal) && !v.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                .Distinct()
                .ToList();
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>"en_US" (og:locale) becomes "en-US".</summary>
    private static string? Locale(string? value) => value?.Replace('_', '-');

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
