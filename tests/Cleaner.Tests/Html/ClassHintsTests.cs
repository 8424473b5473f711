using Cleaner.Core.Html;
using HtmlAgilityPack;

namespace Cleaner.Tests.Html;

public class ClassHintsTests
{
    private static readonly HintSet Share = new(["share", "ad", "most-read"], ["s", "bar", "slot"]);

    private static HintTokens Tokens(string cls, string id = "")
    {
        var document = new HtmlDocument();
        document.LoadHtml($"<div class=\"{cls}\" id=\"{id}\"></div>");
        return HintTokens.Of(document.DocumentNode.FirstChild!);
    }

    [Theory]
    [InlineData("share-buttons")]
    [InlineData("post shareBar")]
    [InlineData("ad-slot")]
    [InlineData("adslot")]
    [InlineData("widget most_read")]
    [InlineData("Most-Read")]
    public void Matches(string cls) => Assert.True(Share.Matches(Tokens(cls)));

    [Theory]
    [InlineData("shared-history")]
    [InlineData("header")]
    [InlineData("shadow")]
    [InlineData("loading")]
    [InlineData("")]
    public void DoesNotMatch(string cls) => Assert.False(Share.Matches(Tokens(cls)));

    [Fact]
    public void IdIsMatchedToo() => Assert.True(Share.Matches(Tokens("", "share")));
}
