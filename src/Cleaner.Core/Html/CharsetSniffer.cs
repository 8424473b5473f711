using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Cleaner.Core.Html;

/// <summary>Finds the declared character encoding: byte-order mark first, then &lt;meta charset&gt; or http-equiv Content-Type.</summary>
internal static partial class CharsetSniffer
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static (Encoding Encoding, int Skip)? FromBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return null;
    }

    /// <summary>The charset label in the first <paramref name="prescanBytes"/> bytes, read as Latin-1 so any byte is safe.</summary>
    public static string? FromMeta(ReadOnlySpan<byte> bytes, int prescanBytes)
    {
        // Scanned in a pooled buffer; only the matched tag becomes a string, to read the label from it.
        var length = Math.Min(bytes.Length, prescanBytes);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        try
        {
            var head = buffer.AsSpan(0, Encoding.Latin1.GetChars(bytes[..length], buffer));
            foreach (var found in MetaCharset().EnumerateMatches(head))
            {
                return MetaCharset().Match(new string(head.Slice(found.Index, found.Length))).Groups["cs"].Value;
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The encoding for a label, following the WHATWG rules that matter in practice: Latin-1 and ASCII labels mean
    /// Windows-1252, and a UTF-16 label in a byte-oriented page means UTF-8. Null for an unknown label.
    /// </summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819":
                return Windows1252;
            case "gb2312" or "gbk" or "x-gbk" or "chinese":
                return CodePagesEncodingProvider.Instance.GetEncoding(936);
            case "shift-jis" or "sjis" or "x-sjis" or "ms_kanji":
                return CodePagesEncodingProvider.Instance.GetEncoding(932);
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
