using System.Buffers;
using System.Security.Cryptography;
using Cleaner.Core.Html;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;

namespace Cleaner.Core.Stages;

/// <summary>
/// Bytes of an HTML page → a source document carrying the extracted articles and page metadata. The page is
/// never executed and nothing it references is fetched. A page the HTML reader refuses (binary bytes, absurd
/// nesting, too large) is rejected with its reason.
/// </summary>
public sealed class ReadHtmlStage(CleanerConfig config)
{
    private readonly HtmlPageReader _reader = new(config.Html, config.Rules);
    private readonly ReadSettings _settings = config.Settings.Read;

    public SourceDocument Read(InputFile input)
    {
        // The bytes live only for this call, so they go in a pooled buffer: pages are often large enough to land on the
        // large object heap, where a fresh array per page costs full collections.
        byte[] buffer;
        int length;
        using (var stream = new FileStream(input.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.Length > _settings.MaxFileBytes)
            {
                throw new InputRejectedException(
                    $"file is {stream.Length / 1048576.0:F1} MB, over the {_settings.MaxFileBytes / 1048576.0:F1} MB limit (read.maxFileBytes)");
            }

            length = (int)stream.Length;
            buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                stream.ReadExactly(buffer, 0, length);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }

        try
        {
            if (length == 0)
            {
                throw new InputRejectedException("empty file (0 bytes)");
            }

            var bytes = new ArraySegment<byte>(buffer, 0, length);
            var page = _reader.Read(bytes, Path.GetFileName(input.FullPath));
            if (page.Status == HtmlPageStatus.Rejected)
            {
                throw new InputRejectedException(page.NoArticleReason ?? "not a readable HTML page");
            }

            return new SourceDocument(input, Convert.ToHexStringLower(SHA256.HashData(bytes)), PageLines(page), page.Encoding ?? "utf-8", page.Warnings)
            {
                Html = page,
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The page as lines: per article its headline and blocks, so line-based stages see the same text.</summary>
    private static List<string> PageLines(HtmlPage page)
    {
        var lines = new List<string>();
        foreach (var article in page.Articles)
        {
            lines.Add(article.Title ?? page.Metadata.Title ?? "");
            lines.AddRange(article.Blocks.Select(b => b.Text.ReplaceLineEndings(" ")));
        }

        return lines;
    }
}
