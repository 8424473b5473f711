using System.IO.Compression;
using System.Text;

namespace Cleaner.Core.Html;

/// <summary>The page as text, or why it could not be turned into text.</summary>
internal sealed record DecodedHtml(string? Text, string? Encoding, string? Rejection, IReadOnlyList<string> Warnings);

/// <summary>
/// Bytes to text: gzip is undone (bounded), binary files are refused, and the charset comes from the BOM,
/// then a &lt;meta&gt; declaration, then valid UTF-8, then Windows-1252 (what browsers assume for undeclared legacy pages).
/// </summary>
internal sealed class HtmlDecoder(HtmlLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DecodedHtml Decode(byte[] bytes, string fileName)
    {
        var warnings = new List<string>();
        if (bytes.Length > limits.MaxInputBytes)
        {
            return Reject($"page is {bytes.Length:N0} bytes, more than the {limits.MaxInputBytes:N0}-byte limit");
        }

        if (IsGzip(bytes))
        {
            var unpacked = Gunzip(bytes, out var error);
            if (unpacked is null)
            {
                return Reject(error!);
            }

            bytes = unpacked;
        }
        else if (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add("file is named .gz but is not gzip-compressed; read as plain HTML");
        }

        if (bytes.Length == 0)
        {
            return Reject("file is empty");
        }

        var bom = CharsetSniffer.FromBom(bytes);
        if (bom is null && LooksBinary(bytes) is { } binary)
        {
            return Reject(binary);
        }

        Encoding encoding;
        int skip;
        if (bom is { } found)
        {
            (encoding, skip) = found;
        }
        else
        {
            skip = 0;
            var declared = CharsetSniffer.FromMeta(bytes, limits.CharsetPrescanBytes);
            if (declared is not null)
            {
                var resolved = CharsetSniffer.Resolve(declared);
                if (resolved is not null && resolved.CodePage != Encoding.UTF8.CodePage && IsMultibyteUtf8(bytes))
                {
                    // Scrapers often save pages re-encoded as UTF-8 but keep the original declaration; valid multi-byte
                    // UTF-8 almost never happens by accident in a legacy encoding, so the bytes win.
                    warnings.Add($"declared charset '{declared}' but the bytes are valid UTF-8; read as UTF-8");
                    encoding = Encoding.UTF8;
                }
                else if (resolved is null)
                {
                    warnings.Add($"declared charset '{declared}' is unknown; guessed from the bytes");
                    encoding = Guess(bytes, warnings);
                }
                else
                {
                    encoding = resolved;
                }
            }
            else
            {
                encoding = Guess(bytes, warnings);
            }
        }

        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        return new DecodedHtml(text, encoding.WebName, null, warnings);

        DecodedHtml Reject(string reason) => new(null, null, reason, warnings);
    }

    private static Encoding Guess(byte[] bytes, List<string> warnings)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            warnings.Add("no charset declared and the bytes are not valid UTF-8; read as windows-1252");
            return CharsetSniffer.Windows1252;
        }
    }

    private static bool IsMultibyteUtf8(byte[] bytes)
    {
        if (!bytes.Any(b => b >= 0x80))
        {
            return false;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private byte[]? Gunzip(byte[] bytes, out string? error)
    {
        error = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > limits.MaxInputBytes)
                {
                    error = $"gzip content unpacks to more than the {limits.MaxInputBytes:N0}-byte limit";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            error = $"gzip content is corrupt: {e.Message}";
            return null;
        }
    }

    /// <summary>A NUL byte or too many other control bytes in the first 64 KB means this is not a text file.</summary>
    private string? LooksBinary(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 65536);
        var control = 0;
        for (var i = 0; i < length; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return "file holds NUL bytes: binary data, not HTML";
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                control++;
            }
        }

        return control > length * limits.MaxControlCharShare
            ? $"{control} control bytes in the first {length:N0}: binary data, not HTML"
            : null;
    }
}
