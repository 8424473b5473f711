using Cleaner.Core.Output;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Output;

public sealed class AtomicFileTests
{
    private static string[] Partials(string root) =>
        Directory.GetFiles(root, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories);

    [Fact]
    public void Write_creates_missing_folders_and_leaves_no_temp_file()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "arab-news", "2025-03-26", "story-01234567.json");

        AtomicFile.Write(target, "{\"title\":\"Türkiye\"}\n");

        Assert.Equal("{\"title\":\"Türkiye\"}\n", File.ReadAllText(target));
        Assert.Empty(Partials(folder.Path));
        Assert.Equal([target], Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Write_uses_utf8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "story.json");

        AtomicFile.Write(target, "é");

        Assert.Equal([0xC3, 0xA9], File.ReadAllBytes(target));
    }

    [Fact]
    public void Write_replaces_an_existing_target_with_the_new_content()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "story.json");
        AtomicFile.Write(target, new string('x', 10_000));

        AtomicFile.Write(target, "short");

        Assert.Equal("short", File.ReadAllText(target));
        Assert.Empty(Partials(folder.Path));
    }

    [Fact]
    public async Task A_reader_never_sees_a_half_written_target_while_it_is_being_replaced()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "story.json");
        var versions = Enumerable.Range(0, 20).Select(i => new string((char)('a' + i), 200_000)).ToArray();
        AtomicFile.Write(target, versions[0]);
        var seen = new List<string>();

        var writer = Task.Run(() =>
        {
            foreach (var version in versions.Skip(1))
            {
                AtomicFile.Write(target, version);
            }
        });
        do
        {
            seen.Add(File.ReadAllText(target));
        }
        while (!writer.IsCompleted);

        await writer;
        Assert.NotEmpty(seen);
        Assert.All(seen, content => Assert.Contains(content, versions));
        Assert.Equal(versions[^1], File.ReadAllText(target));
        Assert.Empty(Partials(folder.Path));
    }

    [Fact]
    public void A_failed_write_removes_its_temp_file_rethrows_and_leaves_what_was_there()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "story.json");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "inside.txt"), "kept");

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, "new content"));

        Assert.Empty(Partials(folder.Path));
        Assert.True(Directory.Exists(target));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(target, "inside.txt")));
    }

    [Fact]
    public void RemoveLeftovers_deletes_temp_files_at_any_depth_and_keeps_everything_else()
    {
        using var folder = new TempFolder();
        var nested = Path.Combine(folder.Path, "arab-news", "2025-03-26");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(folder.Path, ".a.json.1" + AtomicFile.TempSuffix), "half");
        File.WriteAllText(Path.Combine(nested, ".b.json.2" + AtomicFile.TempSuffix), "half");
        File.WriteAllText(Path.Combine(nested, "b.json"), "whole");
        File.WriteAllText(Path.Combine(nested, "notes.partial.txt"), "not a temp file");

        var removed = AtomicFile.RemoveLeftovers(folder.Path);

        Assert.Equal(2, removed);
        Assert.Empty(Partials(folder.Path));
        Assert.Equal("whole", File.ReadAllText(Path.Combine(nested, "b.json")));
        Assert.True(File.Exists(Path.Combine(nested, "notes.partial.txt")));
    }

    [Fact]
    public void RemoveLeftovers_on_a_missing_folder_removes_nothing()
    {
        Assert.Equal(0, AtomicFile.RemoveLeftovers(Path.Combine(Path.GetTempPath(), "cleaner-missing-" + Guid.NewGuid().ToString("N"))));
    }
}
