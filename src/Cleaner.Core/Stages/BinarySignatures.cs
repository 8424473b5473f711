namespace Cleaner.Core.Stages;

/// <summary>
/// Recognizes common non-text formats by their leading magic bytes. Only signatures that no plausible
/// text dump starts with are listed (no "BM" for bitmaps, no "MZ" for executables; the NUL check catches those).
/// </summary>
internal static class BinarySignatures
{
    /// <summary>A description such as "a PNG image", or null when the bytes do not start like a known binary format.</summary>
    public static string? Identify(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "a PNG image";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "a GIF image";
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "a TIFF image";
        }

        if (head.StartsWith("RIFF"u8) && head.Length >= 12 && RiffKind(head.Slice(8, 4)) is { } riff)
        {
            return riff;
        }

        if (head.StartsWith("8BPS"u8))
        {
            return "a Photoshop image";
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return "a PDF document";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "a legacy Microsoft Office document";
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8) || head.StartsWith("PK\x07\x08"u8))
        {
            return "a ZIP archive (or a DOCX/XLSX/EPUB/JAR, which are ZIP archives)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "a GZIP archive";
        }

        if (head.StartsWith("BZh"u8) && head.Length >= 10 && head[3] is >= (byte)'1' and <= (byte)'9' && head[4..].StartsWith((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59]))
        {
            return "a BZIP2 archive";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]))
        {
            return "an XZ archive";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return "a 7-Zip archive";
        }

        if (head.StartsWith("Rar!\x1A\x07"u8))
        {
            return "a RAR archive";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "a Zstandard archive";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']))
        {
            return "an ELF executable";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]))
        {
            return "a Java class file or Mach-O binary";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
            || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]))
        {
            return "a Mach-O executable";
        }

        if (head.StartsWith("\0asm"u8))
        {
            return "a WebAssembly module";
        }

        if (head.StartsWith("SQLite format 3\0"u8))
        {
            return "an SQLite database";
        }

        if (head.StartsWith("OggS"u8))
        {
            return "an Ogg media file";
        }

        if (head.StartsWith("fLaC"u8))
        {
            return "a FLAC audio file";
        }

        if (head.StartsWith("ID3"u8) && head.Length >= 5 && head[3] is 2 or 3 or 4 && head[4] == 0)
        {
            return "an MP3 audio file";
        }

        // The box size before "ftyp" is a big-endian length, so the first byte is NUL for any real header.
        if (head.Length >= 12 && head[0] == 0 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return "an MP4/QuickTime media file";
        }

        if (head.StartsWith("wOFF"u8) || head.StartsWith("wOF2"u8))
        {
            return "a web font";
        }

        return null;
    }

    private static string? RiffKind(ReadOnlySpan<byte> form) =>
        form.SequenceEqual("WEBP"u8) ? "a WebP image"
        : form.SequenceEqual("WAVE"u8) ? "a WAV audio file"
        : form.SequenceEqual("AVI "u8) ? "an AVI video"
        : null;
}
