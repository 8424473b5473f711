using System.Text;
using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

/// <summary>Hand-made pages for the reader tests, and one shared reader with the shipped rules.</summary>
internal static class TestPages
{
    public static readonly HtmlPageReader Reader = HtmlPageReader.CreateDefault();

    private static readonly string[] Sentences =
    [
        "The city council voted on Tuesday to expand the harbour, a decision that had been delayed for nearly two years.",
        "Officials said the project would create hundreds of jobs, although critics warned about the cost to local residents.",
        "Construction is expected to begin next spring, and the first phase should be finished before the end of the decade.",
        "Fishermen who use the old docks said they had not been consulted, and several of them plan to appeal the ruling.",
        "The mayor, speaking to reporters outside the town hall, called the vote a turning point for the regional economy.",
        "Environmental groups have asked for an independent review of the dredging plans, citing the nearby wetlands.",
    ];

    /// <summary>Paragraphs of plausible news prose; <paramref name="seed"/> varies the order so two stories differ.</summary>
    public static string Paragraphs(int count, int seed = 0, string prefix = "")
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append("<p>").Append(prefix).Append(Sentences[(i + seed) % Sentences.Length]).Append(' ')
                .Append(Sentences[(i + seed + 2) % Sentences.Length]).Append("</p>\n");
        }

        return builder.ToString();
    }

    public const string DefaultHead = "<meta charset=\"utf-8\"><title>Harbour expansion approved | Coast Herald</title>";

    public static string Page(string body, string head = DefaultHead) =>
        $"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>";

    public static HtmlPage Read(string html, string fileName = "page.html") => Reader.Read(Encoding.UTF8.GetBytes(html), fileName);

    public static string Nav => "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news from every continent today</a></li><li><a href=\"/sport\">Sport results and fixtures for the weekend</a></li></ul></nav>";
}
