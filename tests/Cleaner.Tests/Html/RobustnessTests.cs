using System.Diagnostics;
using System.Text;
using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class RobustnessTests
{
    [Fact]
    public void FiftyThousandNestedElementsAreRefusedWithReason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text</body></html>";

        var page = TestPages.Read(html);

        Assert.Equal(HtmlPageStatus.Rejected, page.Status);
        Assert.Contains("nests deeper", page.NoArticleReason);
    }

    [Fact]
    public void ModeratelyDeepUnclosedTagsAreHandled()
    {
        var html = TestPages.Page(string.Concat(Enumerable.Repeat("<div><span>", 1000)) + "<article><h1>Harbour</h1>" + TestPages.Paragraphs(6) + "</article>");

        var page = TestPages.Read(html);

        Assert.Equal(HtmlPageStatus.Articles, page.Status);
    }

    [Fact]
    public void TruncatedMarkupStillYieldsTheText()
    {
        var html = TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}")[..^40] + "<p>The last paragraph was cut off in the mid";

        var page = TestPages.Read(html);

        var article = Assert.Single(page.Articles);
        Assert.Contains("The city council voted", article.Text);
    }

    [Fact]
    public void MalformedNestingIsTolerated()
    {
        var html = "<html><body><div><p>Unclosed <b>bold <i>italic</b> text, mixed up</i> and on" + TestPages.Paragraphs(6) + "</div></span></td></body>";

        var page = TestPages.Read(html);

        Assert.Equal(HtmlPageStatus.Articles, page.Status);
    }

    [Fact]
    public void LargePageIsReadQuickly()
    {
        var body = new StringBuilder("<article><h1>Harbour</h1>");
        for (var i = 0; i < 4000; i++)
        {
            body.Append(TestPages.Paragraphs(1, seed: i));
        }

        var html = TestPages.Page(body.Append("</article>").ToString());
        var watch = Stopwatch.StartNew();

        var page = TestPages.Read(html);

        Assert.Equal(HtmlPageStatus.Articles, page.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ControlCharactersInTextDoNotCountAsBinaryWhenRare()
    {
        var html = TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}\u0007</article>");

        Assert.Equal(HtmlPageStatus.Articles, TestPages.Read(html).Status);
    }
}
