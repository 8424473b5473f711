using System.Security.Cryptography;
using System.Text;
using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages;

public sealed class ReadInputStageTests : IDisposable
{
    private readonly TempInputFolder folder = new();
    private readonly ReadInputStage stage = new(new ReadSettings());

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_utf8_text_into_lines_keeping_indentation_bullets_and_blank_lines()
    {
        var input = folder.WriteText("story.txt", "Headline here\n\n  • bullet one\n\tindented line\nlast line\n");

        var document = stage.Read(input);

        Assert.Equal(["Headline here", "", "  • bullet one", "\tindented line", "last line"], document.Lines);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Empty(document.Warnings);
        Assert.Same(input, document.Input);
    }

    [Fact]
    public void A_hard_wrapped_dump_is_read_as_paragraphs_that_know_their_lines_in_the_file()
    {
        var wrapping = new ReadInputStage(PipelineRunner.Config.Settings.Read);
        var paragraphs = new[]
        {
            "The harbour board approved a new pier for the ferry service on Monday after a year of talks with the island councils.",
            "Construction will start in the spring and take about two years, with the old pier kept open until the new one is ready for use.",
            "Councillors welcomed the decision but asked the board for a second waiting room on the island side of the crossing.",
            "The board said the cost of the pier would be shared with the regional government, which has set money aside for it.",
        };
        var file = string.Join("\n\n", paragraphs.Select(p => string.Join("\n", Wrap(p, 60)))) + "\n";

        var document = wrapping.Read(folder.WriteText("wrapped.txt", file));

        Assert.Equal([paragraphs[0], "", paragraphs[1], "", paragraphs[2], "", paragraphs[3]], document.Lines);
        Assert.Equal((1, 2), document.FileLines(0, 0));
        Assert.Equal((4, 6), document.FileLines(2, 2));
        Assert.Contains(document.Warnings, w => w.StartsWith("hard-wrapped at ", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        yield return line;
    }

    [Fact]
    public void Last_line_without_a_line_end_is_kept()
    {
        var document = stage.Read(folder.WriteText("story.txt", "first\nsecond"));

        Assert.Equal(["first", "second"], document.Lines);
    }

    [Fact]
    public void Sha256_is_the_lowercase_hex_hash_of_the_raw_bytes()
    {
        var document = stage.Read(folder.WriteText("abc.txt", "abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Sha256);
    }

    [Fact]
    public void Sha256_is_taken_before_decoding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("abc")).ToArray();

        var document = stage.Read(folder.Write("abc16.txt", bytes));

        Assert.Equal(["abc"], document.Lines);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
        Assert.NotEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Sha256);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("empty.txt", [])));

        Assert.Equal("empty file (0 bytes)", error.Reason);
    }

    [Fact]
    public void Whitespace_only_file_is_rejected_counting_invisible_characters_as_whitespace()
    {
        var input = folder.WriteText("blank.txt", " \t\r\n\u00A0\u200B\n   \r\n\u2060");

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(input));

        Assert.Equal("no text: the file holds only whitespace", error.Reason);
    }

    [Fact]
    public void Png_named_txt_is_rejected_as_a_png_image()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("photo.txt", png)));

        Assert.Equal("binary file: looks like a PNG image", error.Reason);
    }

    [Theory]
    [InlineData("FFD8FFE000104A464946", "a JPEG image")]
    [InlineData("474946383961", "a GIF image")]
    [InlineData("255044462D312E370A", "a PDF document")]
    [InlineData("504B0304140000000800", "a ZIP archive (or a DOCX/XLSX/EPUB/JAR, which are ZIP archives)")]
    [InlineData("1F8B0800000000000003", "a GZIP archive")]
    [InlineData("7F454C46020101000000", "an ELF executable")]
    [InlineData("52494646240000005745425056503820", "a WebP image")]
    public void Known_binary_formats_are_rejected_by_their_magic_number(string hex, string format)
    {
        var bytes = Convert.FromHexString(hex).Concat(Encoding.ASCII.GetBytes(" trailing text that would otherwise decode")).ToArray();

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("file.txt", bytes)));

        Assert.Equal("binary file: looks like " + format, error.Reason);
    }

    [Fact]
    public void Text_that_merely_starts_with_a_signature_like_word_is_read()
    {
        var document = stage.Read(folder.WriteText("riff.txt", "RIFF between allies widens\nBZh is not a bzip2 header here\n"));

        Assert.Equal(["RIFF between allies widens", "BZh is not a bzip2 header here"], document.Lines);
    }

    [Fact]
    public void Nul_byte_in_a_utf8_file_is_rejected_with_its_position()
    {
        var bytes = Encoding.UTF8.GetBytes("Some text\0more text\n");

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("nul.txt", bytes)));

        Assert.Equal("binary file: contains NUL bytes (first at byte 9)", error.Reason);
    }

    [Fact]
    public void Random_bytes_are_rejected_as_binary()
    {
        var bytes = new byte[64 * 1024];
        new Random(20240601).NextBytes(bytes);

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("noise.txt", bytes)));

        Assert.StartsWith("binary file:", error.Reason);
    }

    [Fact]
    public void Random_bytes_without_nuls_are_rejected_by_their_control_character_share()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        bytes[0] = (byte)'x';

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("noise.txt", bytes)));

        Assert.Matches(@"^binary file: \d+(\.\d)?% of characters are control characters, over the 2% limit \(read\.maxControlCharRatio\)$", error.Reason);
    }

    [Fact]
    public void Control_characters_over_the_configured_share_are_rejected()
    {
        // 5 control characters in 100 characters.
        var text = string.Concat(Enumerable.Repeat("abcdefghijklmnopqr\u0001\n", 5));

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.WriteText("controls.txt", text)));

        Assert.Equal("binary file: 5% of characters are control characters, over the 2% limit (read.maxControlCharRatio)", error.Reason);
    }

    [Fact]
    public void A_few_control_characters_and_form_feeds_are_accepted_as_text()
    {
        // One escape character in 100, plus form feeds (page breaks in PDF-to-text dumps), which do not count.
        var text = "page one\f" + new string('a', 89) + "\u001B\nx\fpage two";

        var document = stage.Read(folder.WriteText("pages.txt", text));

        Assert.Equal(["page one\f" + new string('a', 89) + "\u001B", "x\fpage two"], document.Lines);
    }

    [Fact]
    public void Windows_1252_smart_quotes_and_euro_decode_correctly_with_a_warning()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "hello"u8, 0x94, .. " and paid "u8, 0x80, .. "5.\n"u8];

        var document = stage.Read(folder.Write("cp1252.txt", bytes));

        Assert.Equal(["He said “hello” and paid €5."], document.Lines);
        Assert.Equal("windows-1252", document.Encoding);
        Assert.Equal(["not valid UTF-8 at byte 8; decoded as Windows-1252"], document.Warnings);
    }

    public static TheoryData<string, string, byte[]> EncodedFiles()
    {
        const string Text = "Ankara – İstanbul café\r\nsecond line\n";
        return new TheoryData<string, string, byte[]>
        {
            { "utf-8 with BOM", "utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] },
            { "utf-16 LE with BOM", "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)] },
            { "utf-16 BE with BOM", "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)] },
            { "utf-16 LE without BOM", "utf-16le", Encoding.Unicode.GetBytes(Text) },
            { "utf-16 BE without BOM", "utf-16be", Encoding.BigEndianUnicode.GetBytes(Text) },
            { "utf-32 LE with BOM", "utf-32le", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Text)] },
        };
    }

    [Theory]
    [MemberData(nameof(EncodedFiles))]
    public void Unicode_encodings_decode_to_the_same_lines(string label, string encoding, byte[] bytes)
    {
        var document = stage.Read(folder.Write("encoded.txt", bytes));

        Assert.Equal(["Ankara – İstanbul café", "second line"], document.Lines);
        Assert.True(encoding == document.Encoding, $"{label}: expected {encoding}, got {document.Encoding}");
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Crlf_and_lone_cr_line_ends_become_separate_lines()
    {
        var document = stage.Read(folder.WriteText("ends.txt", "one\r\ntwo\rthree\r\n\r\nfive\r"));

        Assert.Equal(["one", "two", "three", "", "five"], document.Lines);
    }

    [Fact]
    public void No_break_spaces_become_spaces_and_zero_width_characters_disappear()
    {
        var document = stage.Read(folder.WriteText("spaces.txt", "12\u00A0000 km\u202Faway\nnews\u200Bpaper co\u00ADoperation\uFEFF\n"));

        Assert.Equal(["12 000 km away", "newspaper cooperation"], document.Lines);
    }

    [Fact]
    public void Decomposed_input_becomes_nfc()
    {
        var document = stage.Read(folder.WriteText("nfd.txt", "Cafe\u0301 in I\u0307zmir, S\u0327anlıurfa\n"));

        Assert.Equal(["Caf\u00E9 in \u0130zmir, \u015Eanlıurfa"], document.Lines);
    }

    [Fact]
    public void File_over_the_configured_size_limit_is_rejected()
    {
        var small = new ReadInputStage(new ReadSettings { MaxFileBytes = 1000 });
        var input = folder.WriteText("big.txt", new string('a', 1500));

        var error = Assert.Throws<InputRejectedException>(() => small.Read(input));

        Assert.Equal("file is 1.5 KB, over the 1,000 bytes limit (read.maxFileBytes)", error.Reason);
    }

    [Fact]
    public void File_exactly_at_the_size_limit_is_read()
    {
        var small = new ReadInputStage(new ReadSettings { MaxFileBytes = 1000 });

        var document = small.Read(folder.WriteText("limit.txt", new string('a', 999) + "\n"));

        Assert.Equal([new string('a', 999)], document.Lines);
    }

    [Fact]
    public void Size_is_checked_before_reading_with_the_default_limit()
    {
        // A sparse 80 MB file: rejected from its length alone, so the test never reads 80 MB.
        var path = Path.Combine(folder.Root, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(80L * 1024 * 1024);
        }

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Describe("huge.txt")));

        Assert.Equal("file is 80.0 MB, over the 64.0 MB limit (read.maxFileBytes)", error.Reason);
    }

    [Fact]
    public void Size_just_over_a_round_limit_is_shown_in_bytes()
    {
        var small = new ReadInputStage(new ReadSettings { MaxFileBytes = 1024 * 1024 });

        var error = Assert.Throws<InputRejectedException>(() => small.Read(folder.WriteText("over.txt", new string('a', 1024 * 1024 + 1))));

        Assert.Equal("file is 1,048,577 bytes, over the 1,048,576 bytes limit (read.maxFileBytes)", error.Reason);
    }

    [Fact]
    public void Line_over_the_configured_length_is_rejected_with_its_number()
    {
        var narrow = new ReadInputStage(new ReadSettings { MaxLineChars = 100 });
        var input = folder.WriteText("long.txt", "short line\n" + new string('x', 100) + "\n" + new string('y', 150) + "\nend\n");

        var error = Assert.Throws<InputRejectedException>(() => narrow.Read(input));

        Assert.Equal("line 3 is 150 characters long, over the 100 limit (read.maxLineChars): not a text dump", error.Reason);
    }

    [Fact]
    public void Fifty_megabyte_single_line_is_rejected_with_the_default_limit()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'x');

        var error = Assert.Throws<InputRejectedException>(() => stage.Read(folder.Write("one-line.txt", bytes)));

        Assert.Equal("line 1 is 52,428,800 characters long, over the 1,000,000 limit (read.maxLineChars): not a text dump", error.Reason);
    }

    [Fact]
    public void File_deleted_before_reading_throws_file_not_found()
    {
        var input = folder.WriteText("gone.txt", "soon gone\n");
        File.Delete(input.FullPath);

        Assert.Throws<FileNotFoundException>(() => stage.Read(input));
    }

    [Fact]
    public void Missing_folder_throws_directory_not_found()
    {
        var path = Path.Combine(folder.Root, "no-such-folder", "story.txt");

        Assert.Throws<DirectoryNotFoundException>(() => stage.Read(new InputFile(path, "no-such-folder/story.txt", 10, DateTime.UtcNow)));
    }

    [Fact]
    public void Input_file_is_unchanged_after_reading()
    {
        var input = folder.Write("keep.txt", [.. "caf"u8, 0xE9, .. "\r\nline\r\n"u8]);
        var before = File.ReadAllBytes(input.FullPath);
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(input.FullPath, stamp);

        stage.Read(input);

        Assert.Equal(before, File.ReadAllBytes(input.FullPath));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(input.FullPath));
    }

    [Fact]
    public void Rejected_input_file_is_left_in_place_unchanged()
    {
        var input = folder.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01]);

        Assert.Throws<InputRejectedException>(() => stage.Read(input));

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01], File.ReadAllBytes(input.FullPath));
    }

    [Fact]
    public void File_held_open_by_a_writer_is_read_and_not_kept_open_afterwards()
    {
        var input = folder.WriteText("busy.txt", "being written\n");
        using (var writer = new FileStream(input.FullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            Assert.Equal(["being written"], stage.Read(input).Lines);
        }

        // Nothing of ours still holds the file: an exclusive open and a delete both succeed.
        using (new FileStream(input.FullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
        }

        File.Delete(input.FullPath);
        Assert.False(File.Exists(input.FullPath));
    }

    [Fact]
    public void Multi_megabyte_file_is_read_completely()
    {
        // Larger than the pooled-buffer limit, so the directly allocated path is covered too.
        var lines = Enumerable.Range(1, 120_000).Select(i => $"Line {i}: Ankara’da güneşli bir gün, İzmir’de yağmur.").ToArray();
        var input = folder.WriteText("big.txt", string.Join("\r\n", lines) + "\r\n");
        Assert.True(input.Length > 4 * 1024 * 1024);

        var document = stage.Read(input);

        Assert.Equal(lines, document.Lines);
    }

    [Fact]
    public void Short_file_after_a_long_one_carries_nothing_over_from_reused_buffers()
    {
        stage.Read(folder.WriteText("long.txt", string.Concat(Enumerable.Repeat("a long line of filler text\n", 5000))));

        var document = stage.Read(folder.WriteText("short.txt", "tiny"));

        Assert.Equal(["tiny"], document.Lines);
    }
}
