namespace Cleaner.Core.Text;

/// <summary>Text decoded from raw bytes, the encoding that was used and anything lossy or guessed along the way.</summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<string> Warnings)
{
    /// <summary>UTF-16 or UTF-32, where NUL bytes are a normal part of the encoding rather than a sign of binary data.</summary>
    public bool IsWideEncoding => Encoding is TextDecoder.Utf16LE or TextDecoder.Utf16BE or TextDecoder.Utf32LE or TextDecoder.Utf32BE;
}
