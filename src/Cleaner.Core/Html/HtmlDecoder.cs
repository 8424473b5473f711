using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Cleaner.Core.Html;

/// <summary>The page as text, or why it could not be turned into text.</summary>
internal sealed record DecodedHtml(string? Text, string? Encoding, string? Rejection, IReadOnlyList<string> Warnings);

/// <summary>
/// Bytes to text: gzip is undone (bounded), binary files are refused, and the charset comes from the BOM,
/// then a &lt;meta&gt; declaration, then valid UTF-8, then Windows-1252 (what browsers assume for undeclared legacy pages).
/// </summary>
internal sealed class HtmlDecoder(HtmlLimits limits)
{
    /// <summary>Control bytes that text files do not hold (tab, line feed, form feed, carriage return and escape are allowed).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    public DecodedHtml Decode(byte[] bytes, string fileName) => Decode(new ArraySegment<byte>(bytes), fileName);

    /// <param name="page">The file's bytes (a slice of a pooled buffer is fine: nothing here keeps it).</param>
    /// <param name="fileName">The file name, for the .gz check.</param>
    public DecodedHtml Decode(ArraySegment<byte> page, string fileName)
    {
        ReadOnlySpan<byte> bytes = page;
        var warnings = new List<string>();
        if (bytes.Length > limits.MaxInputBytes)
        {
            return Reject($"page is {bytes.Length:N0} bytes, more than the {limits.MaxInputBytes:N0}-byte limit");
        }

        if (IsGzip(bytes))
        {
            var unpacked = Gunzip(page, out var error);
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

        var text = encoding.GetString(bytes[skip..]);
        return new DecodedHtml(text, encoding.WebName, null, warnings);

        DecodedHtml Reject(string reason) => new(null, null, reason, warnings);
    }

    private static Encoding Guess(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8;
        }

        warnings.Add("no charset declared and the bytes are not valid UTF-8; read as windows-1252");
        return CharsetSniffer.Windows1252;
    }

    private static bool IsMultibyteUtf8(ReadOnlySpan<byte> bytes) => !Ascii.IsValid(bytes) && Utf8.IsValid(bytes);

    private static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private byte[]? Gunzip(ArraySegment<byte> bytes, out string? error)
    {
        error = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), CompressionMode.Decompress);
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
    private string? LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 65536)];
        if (head.Contains((byte)0))
        {
            return "file holds NUL bytes: binary data, not HTML";
        }

        var control = 0;
        for (var rest = head; rest.IndexOfAny(ControlBytes) is var at and >= 0; rest = rest[(at + 1)..])
        {
            control++;
        }

        return control > head.Length * limits.MaxControlCharShare
            ? $"{control} control bytes in the first {head.Length:N0}: binary data, not HTML"
            : null;
    }
}
