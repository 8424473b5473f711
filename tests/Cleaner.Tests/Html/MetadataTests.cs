using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class MetadataTests
{
    private static PageMetadata MetadataOf(string head, string body = "") =>
        TestPages.Read(TestPages.Page(body.Length > 0 ? body : $"<article><h1>Harbour expansion approved</h1>{TestPages.Paragraphs(6)}</article>", "<meta charset=\"utf-8\">" + head)).Metadata;

    [Fact]
    public void JsonLdArticleInsideGraphWithAuthorReference()
    {
        var metadata = MetadataOf("""
            <title>Page title | Coast Herald</title>
            <script type="application/ld+json">
            { "@context": "https://schema.org", "@graph": [
                { "@type": "WebSite", "@id": "#site", "name": "Coast Herald" },
                { "@type": "Person", "@id": "#jane", "name": "Jane Doe" },
                { "@type": ["NewsArticle"], "headline": "Harbour expansion approved", "datePublished": "2024-03-05T10:00:00Z",
                  "dateModified": "2024-03-06T08:00:00Z", "author": [{ "@id": "#jane" }, { "@type": "Person", "name": "John Roe" }],
                  "publisher": { "@type": "Organization", "name": "Coast Herald Ltd" }, "inLanguage": "en-GB",
                  "articleBody": "The city council voted." }
            ] }
            </script>
            """);

        Assert.Equal("Harbour expansion approved", metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal("2024-03-05T10:00:00Z", metadata.Published);
        Assert.Equal("2024-03-06T08:00:00Z", metadata.Modified);
        Assert.Equal("The city council voted.", metadata.JsonLdArticleBody);
    }

    [Fact]
    public void JsonLdTopLevelArrayAndStringAuthor()
    {
        var metadata = MetadataOf("""
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"Storm hits coast","author":"Ann Lee"}]</script>
            """);

        Assert.Equal("Storm hits coast", metadata.Title);
        Assert.Equal(["Ann Lee"], metadata.Authors);
    }

    [Fact]
    public void BrokenJsonLdIsSkippedWithWarningAndMetaTagsFillIn()
    {
        var page = TestPages.Read(TestPages.Page(
            $"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}</article>",
            """
            <meta charset="utf-8">
            <script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Harbour expansion approved">
            <meta property="og:site_name" content="Coast Herald">
            <meta property="article:published_time" content="2024-03-05">
            <meta name="author" content="By Jane Doe">
            <meta name="description" content="Council votes for the harbour.">
            """));

        Assert.Contains(page.Warnings, w => w.Contains("JSON-LD"));
        Assert.Equal("Harbour expansion approved", page.Metadata.Title);
        Assert.Equal("Coast Herald", page.Metadata.SiteName);
        Assert.Equal("2024-03-05", page.Metadata.Published);
        Assert.Equal(["Jane Doe"], page.Metadata.Authors);
        Assert.Equal("Council votes for the harbour.", page.Metadata.Description);
    }

    [Theory]
    [InlineData("Harbour expansion approved | Coast Herald")]
    [InlineData("Harbour expansion approved - Coast Herald")]
    [InlineData("Coast Herald | Harbour expansion approved")]
    public void SiteNameIsStrippedFromTitle(string title)
    {
        var metadata = MetadataOf($"<title>{title}</title><meta property=\"og:site_name\" content=\"Coast Herald\">");

        Assert.Equal("Harbour expansion approved", metadata.Title);
    }

    [Fact]
    public void TitleSeparatorInsideHeadlineIsKept()
    {
        var metadata = MetadataOf("<title>Storm - what we know so far</title><meta property=\"og:site_name\" content=\"Coast Herald\">",
            $"<article><h1>Something else entirely</h1>{TestPages.Paragraphs(6)}</article>");

        Assert.Equal("Storm - what we know so far", metadata.Title);
    }

    [Fact]
    public void CanonicalLinkGivesHostAndHtmlLangGivesLanguage()
    {
        var metadata = MetadataOf("<link rel=\"canonical\" href=\"https://www.coastherald.example/news/harbour\"><meta property=\"og:url\" content=\"https://other.example/x\">");

        Assert.Equal("coastherald.example", metadata.Host);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void VisibleBylineAndDateAreUsedWhenMetadataLacksThem()
    {
        var metadata = MetadataOf("<title>Harbour</title>",
            $"<article><h1>Harbour expansion approved</h1><div class=\"byline\">By Jane Doe and John Roe</div><time datetime=\"2024-03-05\">5 March</time>{TestPages.Paragraphs(6)}</article>");

        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal("2024-03-05", metadata.Published);
    }

    [Fact]
    public void EntitiesInMetaContentAreDecoded()
    {
        var metadata = MetadataOf("<meta property=\"og:title\" content=\"Fish &amp; chips &#8211; a history\">");

        Assert.Equal("Fish & chips \u2013 a history", metadata.Title);
    }
}
