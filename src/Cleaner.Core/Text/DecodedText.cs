namespace Cleaner.Core.Text;

/// <summary>Text decoded from raw bytes, the encoding that was used and anything lossy or guessed along the way.</summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<string> Warnings)
{
    /// <summary>UTF-16 or UTF-32, where NUL bytes are a normal part of the encoding rather than a sign of binary data.</summary>
    public bool IsWideEncoding => TextDecoder.IsWide(Encoding);
}

/// <summary>The outcome of decoding into a caller's buffer: how many chars were written, plus encoding and warnings.</summary>
internal readonly record struct DecodedChars(int Length, string Encoding, IReadOnlyList<string> Warnings)
{
    public bool IsWideEncoding => TextDecoder.IsWide(Encoding);
}
