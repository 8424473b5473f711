using System.IO.Compression;
using System.Text;
using Cleaner.Core.Html;

namespace Cleaner.Tests.Html;

public class CharsetAndInputTests
{
    private static byte[] Latin1Page(string head) =>
        Encoding.Latin1.GetBytes(TestPages.Page($"<article><h1>Caf\u00e9 news</h1>{TestPages.Paragraphs(8, prefix: "Caf\u00e9 society. ")}</article>", head));

    [Fact]
    public void MetaCharsetIsHonoured()
    {
        var page = TestPages.Reader.Read(Latin1Page("<meta charset=\"windows-1252\"><title>Caf\u00e9</title>"), "a.html");

        Assert.Equal(HtmlPageStatus.Articles, page.Status);
        Assert.Contains("Caf\u00e9 society.", page.Articles[0].Text);
    }

    [Fact]
    public void HttpEquivContentTypeIsHonoured()
    {
        var page = TestPages.Reader.Read(Latin1Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Caf\u00e9</title>"), "a.html");

        Assert.Equal("Caf\u00e9", page.Metadata.Title);
    }

    [Fact]
    public void UndeclaredInvalidUtf8FallsBackToWindows1252WithWarning()
    {
        var page = TestPages.Reader.Read(Latin1Page("<title>Caf\u00e9</title>"), "a.html");

        Assert.Equal("Caf\u00e9", page.Metadata.Title);
        Assert.Contains(page.Warnings, w => w.Contains("windows-1252"));
    }

    [Fact]
    public void ByteOrderMarkWins()
    {
        var html = TestPages.Page($"<article><h1>\u00dcber</h1>{TestPages.Paragraphs(6)}</article>", "<meta charset=\"iso-8859-1\"><title>\u00dcber uns</title>");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        var page = TestPages.Reader.Read(bytes, "a.html");

        Assert.Equal("\u00dcber uns", page.Metadata.Title);
    }

    [Fact]
    public void GzipPageIsDecompressed()
    {
        var html = Encoding.UTF8.GetBytes(TestPages.Page($"<article><h1>Harbour</h1>{TestPages.Paragraphs(6)}</article>"));
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(html);
        }

        var page = TestPages.Reader.Read(packed.ToArray(), "story.html.gz");

        Assert.Equal(HtmlPageStatus.Articles, page.Status);
    }

    [Fact]
    public void GzipBombIsRefused()
    {
        var options = HtmlOptionsLoader.LoadDefault();
        var reader = new HtmlPageReader(options with { Limits = options.Limits with { MaxInputBytes = 100_000 } });
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(new byte[1_000_000].Select(_ => (byte)'a').ToArray());
        }

        var page = reader.Read(packed.ToArray(), "bomb.html.gz");

        Assert.Equal(HtmlPageStatus.Rejected, page.Status);
        Assert.Contains("limit", page.NoArticleReason);
    }

    [Fact]
    public void BinaryBytesAreRejected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var page = TestPages.Reader.Read(bytes, "photo.html");

        Assert.Equal(HtmlPageStatus.Rejected, page.Status);
        Assert.Contains("binary", page.NoArticleReason);
    }

    [Fact]
    public void OversizedPageIsRejected()
    {
        var options = HtmlOptionsLoader.LoadDefault();
        var reader = new HtmlPageReader(options with { Limits = options.Limits with { MaxInputBytes = 1000 } });

        var page = reader.Read(Encoding.UTF8.GetBytes(TestPages.Page(TestPages.Paragraphs(40))), "big.html");

        Assert.Equal(HtmlPageStatus.Rejected, page.Status);
        Assert.Contains("1,000-byte limit", page.NoArticleReason);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        Assert.Equal(HtmlPageStatus.Rejected, TestPages.Reader.Read([], "empty.html").Status);
    }
}
