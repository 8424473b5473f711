using System.Text;
using Cleaner.Core.Text;

namespace Cleaner.Tests.Text;

public sealed class TextDecoderTests
{
    private const string MultiScript = "Türkiye – «Ankara» · العربية · עברית · Ελληνικά · 😀 done";

    [Fact]
    public void Valid_utf8_decodes_exactly_without_warnings()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(MultiScript));

        Assert.Equal(MultiScript, decoded.Text);
        Assert.Equal(TextDecoder.Utf8, decoded.Encoding);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Empty_input_decodes_to_empty_text()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal("", decoded.Text);
        Assert.Equal(TextDecoder.Utf8, decoded.Encoding);
    }

    public static TheoryData<string, byte[]> BomFiles() => new()
    {
        { TextDecoder.Utf8, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(MultiScript)] },
        { TextDecoder.Utf16LE, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(MultiScript)] },
        { TextDecoder.Utf16BE, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(MultiScript)] },
        { TextDecoder.Utf32LE, [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(MultiScript)] },
        { TextDecoder.Utf32BE, [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, false).GetBytes(MultiScript)] },
    };

    [Theory]
    [MemberData(nameof(BomFiles))]
    public void Byte_order_mark_selects_the_encoding_and_is_not_part_of_the_text(string encoding, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(MultiScript, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Utf16_le_without_bom_is_recognized_by_its_nul_pattern()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes("Plain report from Gaza, day 3 – güncelleme\n"));

        Assert.Equal("Plain report from Gaza, day 3 – güncelleme\n", decoded.Text);
        Assert.Equal(TextDecoder.Utf16LE, decoded.Encoding);
        Assert.True(decoded.IsWideEncoding);
    }

    [Fact]
    public void Utf16_be_without_bom_is_recognized_by_its_nul_pattern()
    {
        var decoded = TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("Plain report, day 3\n"));

        Assert.Equal("Plain report, day 3\n", decoded.Text);
        Assert.Equal(TextDecoder.Utf16BE, decoded.Encoding);
    }

    [Fact]
    public void Scattered_nuls_are_not_mistaken_for_utf16()
    {
        var decoded = TextDecoder.Decode("abc\0defgh\0ijklmnop\0qrstuv\n"u8);

        Assert.Equal(TextDecoder.Utf8, decoded.Encoding);
        Assert.False(decoded.IsWideEncoding);
    }

    [Fact]
    public void Windows_1252_maps_the_0x80_to_0x9f_range_to_punctuation_not_latin1_controls()
    {
        byte[] bytes = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
            0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", decoded.Text);
        Assert.Equal(TextDecoder.Windows1252, decoded.Encoding);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_naming_the_first_bad_byte()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " cr"u8, 0xE8, .. "me "u8, 0x93, .. "ok"u8, 0x94];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Café crème “ok”", decoded.Text);
        Assert.Equal(TextDecoder.Windows1252, decoded.Encoding);
        Assert.Equal(["not valid UTF-8 at byte 3; decoded as Windows-1252"], decoded.Warnings);
    }

    [Fact]
    public void Byte_offset_in_the_warning_counts_the_utf8_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0x92, .. "s"u8];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("ab’s", decoded.Text);
        Assert.Equal(["not valid UTF-8 at byte 5; decoded as Windows-1252"], decoded.Warnings);
    }

    [Fact]
    public void Utf8_with_a_few_stray_windows_1252_bytes_keeps_its_utf8_characters()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("İstanbul’da güneş, العربية. He said "), 0x93, .. "yes"u8, 0x94, .. "."u8];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("İstanbul’da güneş, العربية. He said “yes”.", decoded.Text);
        Assert.Equal(TextDecoder.Utf8, decoded.Encoding);
        var offset = Encoding.UTF8.GetByteCount("İstanbul’da güneş, العربية. He said ");
        Assert.Equal([$"not valid UTF-8 at byte {offset} (2 stray bytes in all); stray bytes decoded as Windows-1252"], decoded.Warnings);
    }

    [Fact]
    public void Truncated_utf8_sequence_at_the_end_is_decoded_not_dropped()
    {
        byte[] bytes = [.. "end of text"u8, 0xE2, 0x80];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("end of textâ€", decoded.Text);
        Assert.Equal(["not valid UTF-8 at byte 11; decoded as Windows-1252"], decoded.Warnings);
    }

    [Fact]
    public void Lone_surrogate_in_utf16_is_replaced_with_a_warning()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("a\uFFFDb", decoded.Text);
        Assert.Equal(TextDecoder.Utf16LE, decoded.Encoding);
        Assert.Equal(["invalid UTF-16 LE at byte 4; undecodable units replaced with U+FFFD"], decoded.Warnings);
    }

    [Fact]
    public void Odd_trailing_byte_in_utf16_is_replaced_with_a_warning()
    {
        byte[] bytes = [0xFE, 0xFF, 0, (byte)'o', 0, (byte)'k', 0x20];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("ok\uFFFD", decoded.Text);
        Assert.Equal(["invalid UTF-16 BE at byte 6; undecodable units replaced with U+FFFD"], decoded.Warnings);
    }

    [Fact]
    public void Lone_low_surrogate_in_utf16_be_is_located_exactly()
    {
        byte[] bytes = [0xFE, 0xFF, 0, (byte)'a', 0xD8, 0x3D, 0xDE, 0x00, 0xDC, 0x00, 0, (byte)'b'];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("a\U0001F600\uFFFDb", decoded.Text);
        Assert.Equal(["invalid UTF-16 BE at byte 8; undecodable units replaced with U+FFFD"], decoded.Warnings);
    }

    [Fact]
    public void Out_of_range_utf32_unit_is_replaced_with_a_warning()
    {
        byte[] bytes = [0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0, 0, 0, 0x11, 0, (byte)'b', 0, 0, 0];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("a\uFFFDb", decoded.Text);
        Assert.Equal(TextDecoder.Utf32LE, decoded.Encoding);
        Assert.Equal(["invalid UTF-32 LE at byte 8; undecodable units replaced with U+FFFD"], decoded.Warnings);
    }
}
