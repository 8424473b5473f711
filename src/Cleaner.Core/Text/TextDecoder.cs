using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Cleaner.Core.Text;

/// <summary>
/// Bytes to text. Order of evidence: byte-order mark, the NUL pattern of BOM-less UTF-16, strict UTF-8,
/// and finally Windows-1252, which is what legacy Western pages and "smart quote" editors produce.
/// Byte offsets in warnings are 0-based positions in the whole input, BOM included.
/// </summary>
public static class TextDecoder
{
    public const string Utf8 = "utf-8";
    public const string Utf16LE = "utf-16le";
    public const string Utf16BE = "utf-16be";
    public const string Utf32LE = "utf-32le";
    public const string Utf32BE = "utf-32be";
    public const string Windows1252 = "windows-1252";

    private const int Utf16SampleBytes = 4096;

    // Windows-1252 as one char per byte value, so stray bytes inside UTF-8 can be mapped without an Encoding call each.
    private static readonly string Windows1252Chars = BuildWindows1252Chars();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        using var buffer = RentedArray<char>.Rent(MaxCharCount(bytes.Length));
        var decoded = DecodeInto(bytes, buffer.Span);
        return new DecodedText(buffer.Span[..decoded.Length].ToString(), decoded.Encoding, decoded.Warnings);
    }

    public static bool IsWide(string encoding) => encoding is Utf16LE or Utf16BE or Utf32LE or Utf32BE;

    /// <summary>No supported encoding yields more UTF-16 code units than it has bytes.</summary>
    internal static int MaxCharCount(int byteCount) => byteCount;

    /// <summary>Decodes into <paramref name="destination"/>, which must hold <see cref="MaxCharCount"/> chars.</summary>
    internal static DecodedChars DecodeInto(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MaxCharCount(bytes.Length), nameof(destination));

        // UTF-32 LE first: its BOM starts with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeWide(bytes[4..], 4, Utf32LE, destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeWide(bytes[4..], 4, Utf32BE, destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3, destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWide(bytes[2..], 2, Utf16LE, destination);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWide(bytes[2..], 2, Utf16BE, destination);
        }

        // Must run before UTF-8: ASCII text in UTF-16 is also valid UTF-8, NULs and all.
        if (DetectBomlessUtf16(bytes) is { } utf16)
        {
            return DecodeWide(bytes, 0, utf16, destination);
        }

        return DecodeUtf8(bytes, 0, destination);
    }

    /// <summary>
    /// Mostly-ASCII UTF-16 has a NUL in every high byte and almost never in a low byte;
    /// binary data with scattered NULs does not show that alternation.
    /// </summary>
    private static string? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Utf16SampleBytes) & ~1)];
        if (sample.Length < 4 || !sample.Contains((byte)0))
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var units = sample.Length / 2;
        if (oddNuls >= units * 0.6 && evenNuls <= units * 0.05)
        {
            return Utf16LE;
        }

        if (evenNuls >= units * 0.6 && oddNuls <= units * 0.05)
        {
            return Utf16BE;
        }

        return null;
    }

    private static DecodedChars DecodeWide(ReadOnlySpan<byte> body, int offset, string name, Span<char> destination)
    {
        try
        {
            return new DecodedChars(WideEncoding(name, strict: true).GetChars(body, destination), name, []);
        }
        catch (DecoderFallbackException)
        {
            var warning = FormattableString.Invariant($"invalid {Label(name)} at byte {offset + FirstInvalidWideUnit(body, name)}; undecodable units replaced with U+FFFD");
            return new DecodedChars(WideEncoding(name, strict: false).GetChars(body, destination), name, [warning]);
        }
    }

    // The decoder's exception reports where it noticed the problem, which for an unpaired surrogate is one unit late.
    private static int FirstInvalidWideUnit(ReadOnlySpan<byte> body, string name)
    {
        var unitBytes = name is Utf16LE or Utf16BE ? 2 : 4;
        var bigEndian = name is Utf16BE or Utf32BE;
        for (var i = 0; i + unitBytes <= body.Length; i += unitBytes)
        {
            var unit = ReadUnit(body.Slice(i, unitBytes), bigEndian);
            if (unitBytes == 4)
            {
                if (unit > 0x10FFFF || unit is >= 0xD800 and <= 0xDFFF)
                {
                    return i;
                }

                continue;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var next = i + 4 <= body.Length ? ReadUnit(body.Slice(i + 2, 2), bigEndian) : 0;
                if (next is < 0xDC00 or > 0xDFFF)
                {
                    return i;
                }

                i += 2;
            }
        }

        // Every whole unit was fine, so the problem is a trailing partial unit.
        return body.Length - (body.Length % unitBytes);
    }

    private static uint ReadUnit(ReadOnlySpan<byte> unit, bool bigEndian) => unit.Length == 2
        ? (bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit))
        : (bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(unit) : BinaryPrimitives.ReadUInt32LittleEndian(unit));

    private static Encoding WideEncoding(string name, bool strict) => name switch
    {
        Utf16LE => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: strict),
        Utf16BE => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: strict),
        Utf32LE => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: strict),
        Utf32BE => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: strict),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a UTF-16/UTF-32 encoding name"),
    };

    private static DecodedChars DecodeUtf8(ReadOnlySpan<byte> body, int offset, Span<char> destination)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(body, destination, out var read, out var written, replaceInvalidSequences: false);
        return status == OperationStatus.Done
            ? new DecodedChars(written, Utf8, [])
            : DecodeInvalidUtf8(body, offset, destination, read, written);
    }

    /// <summary>
    /// A file that is UTF-8 apart from a few pasted-in Windows-1252 bytes keeps its UTF-8 and only the stray
    /// bytes are read as Windows-1252; re-decoding the whole file would turn every accented letter into mojibake.
    /// When stray bytes are not outnumbered by real multi-byte UTF-8 characters, the file is Windows-1252.
    /// </summary>
    private static DecodedChars DecodeInvalidUtf8(ReadOnlySpan<byte> body, int offset, Span<char> destination, int read, int written)
    {
        var firstStray = read;
        var strayBytes = 0;
        while (true)
        {
            // UTF-16 never needs more code units than UTF-8 has bytes, so the destination cannot run short:
            // anything but Done here is invalid data at body[read].
            Rune.DecodeFromUtf8(body[read..], out _, out var invalidLength);
            foreach (var b in body.Slice(read, invalidLength))
            {
                destination[written++] = Windows1252Chars[b];
            }

            strayBytes += invalidLength;
            read += invalidLength;
            var status = System.Text.Unicode.Utf8.ToUtf16(body[read..], destination[written..], out var validBytes, out var validChars, replaceInvalidSequences: false);
            read += validBytes;
            written += validChars;
            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        // Every multi-byte UTF-8 character decodes to fewer UTF-16 units than it has bytes.
        var multiByteEvidence = (body.Length - strayBytes) - (written - strayBytes);
        if (multiByteEvidence > strayBytes)
        {
            var mixed = FormattableString.Invariant($"not valid UTF-8 at byte {offset + firstStray} ({strayBytes} stray bytes in all); stray bytes decoded as Windows-1252");
            return new DecodedChars(written, Utf8, [mixed]);
        }

        var legacy = FormattableString.Invariant($"not valid UTF-8 at byte {offset + firstStray}; decoded as Windows-1252");
        return new DecodedChars(Windows1252Encoding().GetChars(body, destination), Windows1252, [legacy]);
    }

    private static Encoding Windows1252Encoding() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is not available in this runtime");

    private static string BuildWindows1252Chars()
    {
        Span<byte> all = stackalloc byte[256];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (byte)i;
        }

        return Windows1252Encoding().GetString(all);
    }

    private static string Label(string name) => name switch
    {
        Utf16LE => "UTF-16 LE",
        Utf16BE => "UTF-16 BE",
        Utf32LE => "UTF-32 LE",
        Utf32BE => "UTF-32 BE",
        _ => name,
    };
}
