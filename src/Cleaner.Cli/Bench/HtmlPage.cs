using System.Net;
using System.Text;

namespace Cleaner.Cli.Bench;

/// <summary>Renders a dump's text as a news page with the furniture real pages carry around an article.</summary>
internal static class HtmlPage
{
    // Real article pages carry tens of kilobytes of script and style around a few kilobytes of text.
    private static readonly string Scripts = string.Concat(Enumerable.Range(0, 120).Select(i =>
        $"window.__cfg{i} = {{\"slot\":\"ad-{i}\",\"sizes\":[[300,250],[728,90]],\"targeting\":{{\"section\":\"news\",\"pos\":{i}}}}};\n"));

    private static readonly string Styles = string.Concat(Enumerable.Range(0, 80).Select(i =>
        $".c{i}{{margin:{i % 7}px {i % 5}px;padding:0 {i % 3}px;font:400 {12 + (i % 6)}px/1.4 Georgia,serif}}\n"));

    public static string Render(string dump, int serial)
    {
        var lines = dump.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = lines.FirstOrDefault(l => l.Length is > 20 and < 160) ?? $"Story {serial}";
        var builder = new StringBuilder(dump.Length * 2 + Scripts.Length + Styles.Length + 4096);
        builder.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" | The Bench Gazette</title>\n")
            .Append("<meta property=\"og:site_name\" content=\"The Bench Gazette\">\n")
            .Append("<meta property=\"article:published_time\" content=\"2025-03-").Append(1 + (serial % 28)).Append("T08:00:00Z\">\n")
            .Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
            .Append(JsonText(title)).Append("\",\"author\":{\"@type\":\"Person\",\"name\":\"Bench Reporter\"}}</script>\n")
            .Append("<style>").Append(Styles).Append("</style>\n<script>").Append(Scripts).Append("</script>\n</head>\n<body>\n")
            .Append("<header><nav><ul>");
        foreach (var section in new[] { "News", "World", "Business", "Sport", "Culture", "Opinion", "Video", "Podcasts" })
        {
            builder.Append("<li><a href=\"/").Append(section.ToLowerInvariant()).Append("\">").Append(section).Append("</a></li>");
        }

        builder.Append("</ul></nav></header>\n<main>\n<article>\n<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n")
            .Append("<p class=\"byline\">By Bench Reporter</p>\n")
            .Append("<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n")
            .Append("<figure><img src=\"lead.jpg\" alt=\"\"><figcaption>A lead picture for story ").Append(serial).Append(". (Bench Photo/Staff)</figcaption></figure>\n")
            .Append("<div class=\"article-body\">\n");
        foreach (var line in lines.Where(l => l != title))
        {
            builder.Append(line.Length > 80 ? "<p>" : "<h2>").Append(WebUtility.HtmlEncode(line)).Append(line.Length > 80 ? "</p>\n" : "</h2>\n");
        }

        builder.Append("</div>\n</article>\n</main>\n<aside class=\"related\"><h2>Related</h2><ul>");
        for (var i = 0; i < 6; i++)
        {
            builder.Append("<li><a href=\"/r").Append(serial).Append('-').Append(i).Append("\">Related headline number ").Append(i).Append("</a></li>");
        }

        builder.Append("</ul></aside>\n<footer><p>© 2025 The Bench Gazette. All rights reserved.</p></footer>\n</body>\n</html>\n");
        return builder.ToString();
    }

    private static string JsonText(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
