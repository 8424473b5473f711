using Cleaner.Core.Html;
using HtmlAgilityPack;

namespace Cleaner.Tests.Html;

public class DomTextTests
{
    [Fact]
    public void RawTextReadInPlaceMatchesTheParsersText()
    {
        const string html = "<!DOCTYPE html><html><head><title>A &amp; B</title><script>var x = '<p>';</script></head><body>"
                            + "lead text<p>One <b>bold<i> and</b> broken</i> &nbsp;line<p>Unclosed <li>item</ul>"
                            + "<table><tr><td>cell</table>stray</body></html> after the end";
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionAutoCloseOnEnd = true };
        document.LoadHtml(html);

        var texts = document.DocumentNode.Descendants().OfType<HtmlTextNode>().ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Equal(t.Text, DomText.Raw(t).ToString()));
    }

    [Fact]
    public void RawTextSurvivesRemovingOtherNodes()
    {
        var document = new HtmlDocument();
        document.LoadHtml("<div><p>first</p><aside>gone</aside><p>second</p></div>");
        document.DocumentNode.SelectSingleNode("//aside")!.Remove();

        var texts = document.DocumentNode.Descendants().OfType<HtmlTextNode>().Select(t => DomText.Raw(t).ToString()).ToList();

        Assert.Equal(["first", "second"], texts);
    }

    [Theory]
    [InlineData("  two   words ", true, " two words ")]
    [InlineData("  two   words ", false, "two words")]
    [InlineData("zero\u200Bwidth\u00ADsoft", false, "zerowidthsoft")]
    [InlineData("tidy text", false, "tidy text")]
    [InlineData("\u00A0", true, " ")]
    [InlineData("", true, "")]
    public void CollapseFoldsWhitespace(string text, bool keepEdgeSpaces, string expected) =>
        Assert.Equal(expected, DomText.Collapse(text, keepEdgeSpaces));

    [Theory]
    [InlineData("  one  \n\n | two |  \n|\nthree", "one\ntwo\nthree")]
    [InlineData("single line", "single line")]
    [InlineData(" \n \n", "")]
    public void TidyLinesCollapsesEachLineAndDropsEmptyOnes(string raw, string expected) =>
        Assert.Equal(expected, BlockText.TidyLines(raw));
}
