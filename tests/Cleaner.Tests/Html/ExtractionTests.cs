using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class ExtractionTests
{
    [Fact]
    public void NavAsideFooterAndHeaderChromeArePruned()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <header class="site-header"><div class="logo">Coast Herald</div>{TestPages.Nav}</header>
            <main><h1>Harbour expansion approved</h1>{TestPages.Paragraphs(6)}</main>
            <aside><h3>Most read</h3><p>Another story entirely about the weather this week in the valley towns.</p></aside>
            <div role="complementary"><p>Complementary box text that should never be part of the story body.</p></div>
            <footer><p>Copyright Coast Herald. All rights reserved. Contact us about advertising opportunities.</p></footer>
            """));

        var text = Assert.Single(page.Articles).Text;
        Assert.Contains("The city council voted on Tuesday", text);
        Assert.DoesNotContain("World news", text);
        Assert.DoesNotContain("weather this week", text);
        Assert.DoesNotContain("Complementary box", text);
        Assert.DoesNotContain("Copyright", text);
    }

    [Fact]
    public void FigcaptionAndCreditGoToCaptions()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour expansion approved</h1>
            <figure><img src="a.jpg"><figcaption>The old docks at dawn. (Photo: Ann Lee)</figcaption></figure>
            {TestPages.Paragraphs(3)}
            <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Fishing boats in the harbour</p></div>
            {TestPages.Paragraphs(3, seed: 1)}
            </article>
            """));

        var article = Assert.Single(page.Articles);
        Assert.Contains("The old docks at dawn. (Photo: Ann Lee)", article.Captions);
        Assert.Contains("Fishing boats in the harbour", article.Captions);
        Assert.DoesNotContain("docks at dawn", article.Text);
        Assert.DoesNotContain("Fishing boats", article.Text);
    }

    [Fact]
    public void ShareBarRelatedBoxNewsletterAndAdsAreDropped()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour expansion approved</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a><span>Share this article with your friends today</span></div>
            {TestPages.Paragraphs(3)}
            <div class="related-articles"><h4>Related</h4><p>Port workers strike over pay in a dispute that has lasted months.</p></div>
            <div class="ad-slot"><p>Advertisement for a holiday you did not ask for, in the sun.</p></div>
            {TestPages.Paragraphs(3, seed: 3)}
            <div class="newsletter-signup"><p>Sign up to our morning briefing and never miss a story again.</p></div>
            <p>Share</p>
            </article>
            """));

        var text = Assert.Single(page.Articles).Text;
        Assert.DoesNotContain("Share", text);
        Assert.DoesNotContain("Port workers strike", text);
        Assert.DoesNotContain("holiday", text);
        Assert.DoesNotContain("morning briefing", text);
        Assert.Contains("Environmental groups", text);
    }

    [Fact]
    public void InlineReadMoreRunIsDropped()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour expansion approved</h1>
            {TestPages.Paragraphs(3)}
            <h3>Read More</h3>
            <p><a href="/a">Port workers strike over pay</a></p>
            <p><a href="/b">Ferry timetable changes for summer</a></p>
            {TestPages.Paragraphs(3, seed: 2)}
            </article>
            """));

        var text = Assert.Single(page.Articles).Text;
        Assert.DoesNotContain("Port workers", text);
        Assert.DoesNotContain("Ferry timetable", text);
    }

    [Fact]
    public void BlocksKeepKindAndOrder()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour expansion approved</h1>
            {TestPages.Paragraphs(2)}
            <h2>What happens next</h2>
            <ul><li>Public hearings will be held in May, with every resident invited to speak.</li><li>A final budget is due in the autumn.</li></ul>
            <blockquote><p>This is the most important decision the council has made in a generation, and we got it right.</p></blockquote>
            <table><tr><th>Phase</th><th>Year</th></tr><tr><td>Dredging</td><td>2026</td></tr></table>
            {TestPages.Paragraphs(3, seed: 4)}
            </article>
            """));

        var blocks = Assert.Single(page.Articles).Blocks;
        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Text: "What happens next" });
        Assert.Contains(blocks, b => b.Kind == BlockKind.ListItem && b.Text.StartsWith("Public hearings"));
        Assert.Contains(blocks, b => b.Kind == BlockKind.Quote && b.Text.StartsWith("This is the most important"));
        Assert.Contains(blocks, b => b is { Kind: BlockKind.TableRow, Text: "Dredging | 2026" });
        Assert.DoesNotContain(blocks, b => b.Text == "Harbour expansion approved");
        var heading = blocks.ToList().FindIndex(b => b.Kind == BlockKind.Heading);
        var quote = blocks.ToList().FindIndex(b => b.Kind == BlockKind.Quote);
        Assert.True(heading < quote);
    }

    [Fact]
    public void TextJoinsBlocksWithBlankLine()
    {
        var page = TestPages.Read(TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(5)}</article>"));

        var article = Assert.Single(page.Articles);
        Assert.Equal(string.Join("\n\n", article.Blocks.Select(b => b.Text)), article.Text);
        Assert.Equal(5, article.Blocks.Count);
    }

    [Fact]
    public void TwoFullArticlesBecomeTwoArticles()
    {
        var page = TestPages.Read(TestPages.Page($"""
            {TestPages.Nav}
            <article><h1>Harbour expansion approved</h1>{TestPages.Paragraphs(8, prefix: "First story. ")}</article>
            <article><h2>Storm closes coastal road</h2><div class="byline">By Ann Lee</div>{TestPages.Paragraphs(8, seed: 3, prefix: "Second story. ")}</article>
            """));

        Assert.Equal(2, page.Articles.Count);
        Assert.Equal("Harbour expansion approved", page.Articles[0].Title);
        Assert.Equal("Storm closes coastal road", page.Articles[1].Title);
        Assert.Contains("First story.", page.Articles[0].Text);
        Assert.DoesNotContain("Second story.", page.Articles[0].Text);
        Assert.Contains("Second story.", page.Articles[1].Text);
        Assert.Equal(["Ann Lee"], page.Articles[1].Authors);
    }

    [Fact]
    public void TeaserCardsDoNotSplitAnArticlePage()
    {
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i => $"<article class=\"card\"><h3><a href=\"/s{i}\">Other story {i}</a></h3><p>Short blurb.</p></article>"));
        var page = TestPages.Read(TestPages.Page($"<article><h1>Harbour expansion approved</h1>{TestPages.Paragraphs(8)}</article><section>{teasers}</section>"));

        var article = Assert.Single(page.Articles);
        Assert.DoesNotContain("Other story", article.Text);
    }

    [Fact]
    public void IndexPageHasNoArticle()
    {
        var cards = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"card\"><h2><a href=\"/story-{i}\">Headline number {i} about local events</a></h2><p>A short summary of story {i}, in one line.</p></div>"));
        var page = TestPages.Read(TestPages.Page($"{TestPages.Nav}<main><h1>Latest news</h1>{cards}</main>"));

        Assert.Equal(HtmlPageStatus.NoArticle, page.Status);
        Assert.Empty(page.Articles);
        Assert.Contains("index page", page.NoArticleReason);
    }

    [Fact]
    public void PageWithoutTextHasNoArticle()
    {
        var page = TestPages.Read(TestPages.Page($"{TestPages.Nav}<div class=\"gallery\"><img src=\"a.jpg\"><img src=\"b.jpg\"></div>"));

        Assert.Equal(HtmlPageStatus.NoArticle, page.Status);
        Assert.NotNull(page.NoArticleReason);
    }

    [Fact]
    public void JsonLdArticleBodyIsUsedWhenMarkupHasNoText()
    {
        var body = string.Join("\n", Enumerable.Repeat("The council approved the harbour plan after a long debate about costs and jobs in the town.", 8));
        var head = "<meta charset=\"utf-8\"><script type=\"application/ld+json\">" +
                   System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["headline"] = "Harbour", ["articleBody"] = body }) +
                   "</script>";
        var page = TestPages.Read(TestPages.Page("<div id=\"app\"></div>", head));

        var article = Assert.Single(page.Articles);
        Assert.Equal("json-ld", article.Source);
        Assert.Equal(8, article.Blocks.Count);
        Assert.Contains(page.Warnings, w => w.Contains("articleBody"));
    }

    [Fact]
    public void JsonLdArticleBodyPicksTheMatchingContainer()
    {
        var story = TestPages.Paragraphs(4, prefix: "Real story. ");
        var decoy = TestPages.Paragraphs(6, seed: 1, prefix: "Decoy text. ");
        var articleBody = string.Join(" ", System.Text.RegularExpressions.Regex.Matches(story, "<p>(.*?)</p>").Select(m => m.Groups[1].Value));
        var head = "<meta charset=\"utf-8\"><script type=\"application/ld+json\">" +
                   System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["articleBody"] = articleBody }) +
                   "</script>";
        var page = TestPages.Read(TestPages.Page($"<div class=\"a\"><div class=\"x\">{decoy}</div></div><div class=\"b\"><div class=\"y\">{story}</div></div>", head));

        var text = Assert.Single(page.Articles).Text;
        Assert.Contains("Real story.", text);
        Assert.DoesNotContain("Decoy text.", text);
    }

    [Fact]
    public void ScriptsStylesFormsAndHiddenElementsNeverReachText()
    {
        var page = TestPages.Read(TestPages.Page($$"""
            <article><h1>Harbour</h1>
            <script>var tracking = "script text should vanish";</script><style>.x { color: red }</style>
            <form><input name="q"><p>Search the archive for older stories</p></form>
            <p style="display: none">Hidden paragraph that should never be visible to readers.</p>
            <p hidden>Another hidden paragraph of text that is not shown.</p>
            {{TestPages.Paragraphs(5)}}
            </article>
            """));

        var text = Assert.Single(page.Articles).Text;
        Assert.DoesNotContain("script text", text);
        Assert.DoesNotContain("color", text);
        Assert.DoesNotContain("archive", text);
        Assert.DoesNotContain("Hidden paragraph", text);
        Assert.DoesNotContain("Another hidden", text);
    }

    [Fact]
    public void LineBreaksStayInsideTheBlockAndDoubleBreaksSplitIt()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour</h1>{TestPages.Paragraphs(4)}
            <div class="story-body">First line of the address, written with care<br>Second line of the address, also long enough<br><br>A new paragraph after two breaks, which should stand alone.</div>
            </article>
            """));

        var blocks = Assert.Single(page.Articles).Blocks;
        Assert.Contains(blocks, b => b.Text == "First line of the address, written with care\nSecond line of the address, also long enough");
        Assert.Contains(blocks, b => b.Text == "A new paragraph after two breaks, which should stand alone.");
    }
}

public class ExtractionEdgeTests
{
    [Fact]
    public void CommentThreadIsDroppedEvenThoughItIsProse()
    {
        var comments = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"comment\"><p>Reader {i} writes: I have lived by the harbour for forty years, and this plan, like the last one, ignores the people who work there every single day.</p></div>"));
        var page = TestPages.Read(TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}</article><section id=\"comments\" class=\"comments-area\">{comments}</section>"));

        var text = Assert.Single(page.Articles).Text;
        Assert.DoesNotContain("Reader 1 writes", text);
    }

    [Fact]
    public void SectionWhoseIdOnlyLooksLikeAWidgetKeepsItsProse()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article><h1>Harbour</h1>
            <div class="section" id="intro">{TestPages.Paragraphs(3)}</div>
            <div class="section" id="sharing-the-cost">{TestPages.Paragraphs(4, seed: 2, prefix: "Who pays. ")}</div>
            </article>
            """));

        Assert.Contains("Who pays.", Assert.Single(page.Articles).Text);
    }

    [Fact]
    public void StaleLegacyCharsetDeclarationLosesToValidUtf8()
    {
        var html = TestPages.Page($"<article><h1>Caf\u00e9</h1>{TestPages.Paragraphs(6, prefix: "Cr\u00e8me br\u00fbl\u00e9e. ")}</article>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>Caf\u00e9</title>");

        var page = TestPages.Read(html);

        Assert.Contains("Cr\u00e8me br\u00fbl\u00e9e.", page.Articles[0].Text);
        Assert.Contains(page.Warnings, w => w.Contains("gb2312"));
    }

    [Fact]
    public void LeadPictureBetweenHeadlineAndBodyGoesToCaptions()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <main>
            <header class="story-head"><h1>Harbour expansion approved</h1><p class="standfirst">The council votes yes.</p></header>
            <figure class="lead"><img src="lead.jpg"><figcaption>Cranes over the east quay. (Photo: Ann Lee)</figcaption></figure>
            <div class="story-body">{TestPages.Paragraphs(6)}</div>
            </main>
            """));

        var article = Assert.Single(page.Articles);
        Assert.Equal(["Cranes over the east quay. (Photo: Ann Lee)"], article.Captions);
        Assert.DoesNotContain("Cranes over", article.Text);
    }

    [Fact]
    public void PicturesBesideTheBodyInsideTheArticleGoToCaptionsInPageOrder()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article>
            <figure><img src="a.jpg"><figcaption>The old docks at dawn.</figcaption></figure>
            <h1>Harbour expansion approved</h1>
            <div class="text">{TestPages.Paragraphs(3)}<figure><img src="b.jpg"><figcaption>Fishing boats.</figcaption></figure>{TestPages.Paragraphs(3, seed: 1)}</div>
            <div class="gallery"><figure><img src="c.jpg"><figcaption>The new pier, as drawn by the architects.</figcaption></figure></div>
            </article>
            """));

        var article = Assert.Single(page.Articles);
        Assert.Equal(["The old docks at dawn.", "Fishing boats.", "The new pier, as drawn by the architects."], article.Captions);
        Assert.DoesNotContain("new pier", article.Text);
    }

    [Fact]
    public void TeaserPicturesOutsideTheBodyAreNotCaptions()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <article>
            <h1>Harbour expansion approved</h1>
            <div class="text">{TestPages.Paragraphs(6)}</div>
            <div class="more-box"><figure><a href="/a"><img src="t.jpg"><figcaption>Storm closes two piers</figcaption></a></figure>
            <figure><a href="/b"><img src="u.jpg"><figcaption>Council budget vote delayed</figcaption></a></figure></div>
            </article>
            """));

        var article = Assert.Single(page.Articles);
        Assert.Empty(article.Captions);
    }

    [Fact]
    public void StorySplitIntoSectionsByFiguresIsKeptWhole()
    {
        var page = TestPages.Read(TestPages.Page($"""
            <main><h1>Harbour</h1>
            <section class="outer"><div class="body">{TestPages.Paragraphs(6, prefix: "Part one. ")}</div></section>
            <figure><img src="x.jpg"><figcaption>The harbour.</figcaption></figure>
            <section class="outer"><div class="body">{TestPages.Paragraphs(2, seed: 1, prefix: "Part two. ")}</div></section>
            </main>
            """));

        var text = Assert.Single(page.Articles).Text;
        Assert.Contains("Part one.", text);
        Assert.Contains("Part two.", text);
    }

    [Fact]
    public void ReaderIsSafeToShareAcrossThreads()
    {
        var html = TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}</article>");
        var texts = new string[16];

        Parallel.For(0, texts.Length, i => texts[i] = TestPages.Read(html).Articles[0].Text);

        Assert.Single(texts.Distinct());
    }
}
