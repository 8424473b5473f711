using System.Text;
using System.Text.Json;
using Cleaner.Core.Incremental;
using Cleaner.Core.Model;
using Cleaner.Tests.Support;
using Serilog.Events;

namespace Cleaner.Tests.Incremental;

public sealed class StateStoreTests : IDisposable
{
    private static readonly DateTime Monday = new(2025, 3, 3, 22, 15, 7, DateTimeKind.Utc);

    private readonly TempFolder _out = new();
    private readonly LogCapture _log = new();

    private string JournalPath => Path.Combine(_out.Path, "_state", "journal.jsonl");

    private string SnapshotPath => Path.Combine(_out.Path, "_state", "state.json");

    public void Dispose() => _out.Dispose();

    [Fact]
    public void Recorded_inputs_and_rules_hash_come_back_after_reopening()
    {
        var a = Input("a.txt", 120, Monday.AddTicks(1234567));
        var b = Input("sub/b.txt", 99, Monday);
        using (var store = Open())
        {
            store.SetConfigHash("rules-1");
            store.Record(a, "AA11", ["outlet-x/2025-03-03/story-1.json", "outlet-x/2025-03-03/story-0.json"]);
            store.Record(b, "bb22", []);
        }

        Assert.False(File.Exists(SnapshotPath));
        Assert.Equal(3, File.ReadAllLines(JournalPath).Length);

        using var reopened = Open();
        Assert.Equal("rules-1", reopened.ConfigHash);
        var state = reopened.Get(InputState.KeyOf(a));
        Assert.NotNull(state);
        Assert.Equal(120, state.Length);
        Assert.Equal(a.LastWriteUtc, state.LastWriteUtc);
        Assert.Equal(DateTimeKind.Utc, state.LastWriteUtc.Kind);
        Assert.Equal("AA11", state.Sha256);
        Assert.Equal("rules-1", state.RulesHash);
        Assert.Equal(["outlet-x/2025-03-03/story-0.json", "outlet-x/2025-03-03/story-1.json"], state.Outputs);
        Assert.Equal(2, reopened.All.Count);
        Assert.Empty(_log.Messages(LogEventLevel.Warning));
    }

    [Fact]
    public void The_key_is_the_input_root_joined_with_the_relative_path()
    {
        var viaFolder = new InputFile("/data/dumps/2025/a.txt", "2025/a.txt", 10, Monday);
        var named = new InputFile("/data/dumps/2025/a.txt", "a.txt", 10, Monday);

        Assert.Equal("/data/dumps/2025/a.txt", InputState.KeyOf(viaFolder));
        Assert.Equal(InputState.KeyOf(viaFolder), InputState.KeyOf(named));
    }

    [Fact]
    public void Forget_survives_reopening()
    {
        var a = Input("a.txt", 1, Monday);
        using (var store = Open())
        {
            store.Record(a, "aa", ["x.json"]);
            store.Forget(InputState.KeyOf(a));
        }

        using var reopened = Open();
        Assert.Null(reopened.Get(InputState.KeyOf(a)));
        Assert.Empty(reopened.All);
    }

    [Fact]
    public void Unchanged_when_size_and_time_match_or_when_only_the_time_moved_and_the_hash_matches()
    {
        var input = Input("a.txt", 500, Monday);
        using var store = Open();
        store.SetConfigHash("rules-1");
        Assert.False(store.IsUnchanged(input));

        store.Record(input, "abc123", ["s.json"]);

        Assert.True(store.IsUnchanged(input));
        Assert.False(store.NeedsHash(input));

        var touched = input with { LastWriteUtc = Monday.AddHours(1) };
        Assert.False(store.IsUnchanged(touched));
        Assert.True(store.NeedsHash(touched));
        Assert.True(store.IsUnchanged(touched, "ABC123"));
        Assert.False(store.IsUnchanged(touched, "def456"));

        var grown = input with { Length = 501 };
        Assert.False(store.IsUnchanged(grown, "abc123"));
        Assert.False(store.NeedsHash(grown));

        store.SetConfigHash("rules-2");
        Assert.False(store.IsUnchanged(input));
        Assert.False(store.NeedsHash(touched));
    }

    [Fact]
    public void Recorded_story_files_that_are_gone_or_empty_are_reported_missing()
    {
        var input = Input("a.txt", 1, Monday);
        Directory.CreateDirectory(Path.Combine(_out.Path, "outlet"));
        File.WriteAllText(Path.Combine(_out.Path, "outlet", "kept.json"), "{}\n");
        File.WriteAllText(Path.Combine(_out.Path, "outlet", "empty.json"), "");
        using var store = Open();
        store.Record(input, "aa", ["outlet/kept.json", "outlet/empty.json", "outlet/gone.json"]);

        var missing = store.MissingOutputs(store.Get(InputState.KeyOf(input))!);

        Assert.Equal(["outlet/empty.json", "outlet/gone.json"], missing);
    }

    [Fact]
    public void A_torn_last_line_is_ignored_with_a_warning_and_the_next_record_is_not_lost()
    {
        var a = Input("a.txt", 1, Monday);
        using (var store = Open())
        {
            store.Record(a, "aa", ["a.json"]);
        }

        // A power cut in the middle of the next line.
        AppendToJournal("{\"op\":\"input\",\"key\":\"/data/dumps/b.t");

        var c = Input("c.txt", 3, Monday);
        using (var store = Open())
        {
            Assert.NotNull(store.Get(InputState.KeyOf(a)));
            Assert.Single(store.All);
            Assert.Contains(_log.Messages(LogEventLevel.Warning), m => m.Contains("cut short", StringComparison.Ordinal));
            store.Record(c, "cc", ["c.json"]);
        }

        using var reopened = Open();
        Assert.Equal(["/data/dumps/a.txt", "/data/dumps/c.txt"], reopened.All.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.All(File.ReadAllLines(JournalPath), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public void A_tail_of_zero_bytes_left_by_a_power_loss_is_ignored()
    {
        using (var store = Open())
        {
            store.Record(Input("a.txt", 1, Monday), "aa", []);
        }

        using (var journal = new FileStream(JournalPath, FileMode.Append))
        {
            journal.Write(new byte[4096]);
        }

        using var reopened = Open();
        Assert.Single(reopened.All);
        Assert.Equal(File.ReadAllLines(JournalPath).Length, File.ReadAllText(JournalPath).Count(c => c == '\n'));
        Assert.DoesNotContain('\0', File.ReadAllText(JournalPath));
    }

    [Fact]
    public void A_whole_last_line_missing_only_its_newline_is_kept()
    {
        var a = Input("a.txt", 1, Monday);
        var b = Input("b.txt", 2, Monday);
        using (var store = Open())
        {
            store.Record(a, "aa", []);
            store.Record(b, "bb", []);
        }

        var text = File.ReadAllText(JournalPath);
        File.WriteAllText(JournalPath, text.TrimEnd('\n'));

        using (var store = Open())
        {
            Assert.Equal(2, store.All.Count);
            store.Record(Input("c.txt", 3, Monday), "cc", []);
        }

        using var reopened = Open();
        Assert.Equal(3, reopened.All.Count);
        Assert.Empty(_log.Messages(LogEventLevel.Warning));
    }

    [Fact]
    public void A_damaged_line_inside_the_journal_is_skipped_with_a_warning_and_later_lines_still_apply()
    {
        using (var store = Open())
        {
            store.Record(Input("a.txt", 1, Monday), "aa", []);
        }

        AppendToJournal("not json at all\n");
        using (var store = Open())
        {
            store.Record(Input("b.txt", 2, Monday), "bb", []);
        }

        using var reopened = Open();
        Assert.Equal(2, reopened.All.Count);
        Assert.Contains(_log.Messages(LogEventLevel.Warning), m => m.Contains("line 2 is damaged", StringComparison.Ordinal));
    }

    [Fact]
    public void The_journal_replays_over_the_snapshot()
    {
        var a = Input("a.txt", 1, Monday);
        var b = Input("b.txt", 2, Monday);
        using (var store = Open())
        {
            store.SetConfigHash("rules-1");
            store.Record(a, "aa", ["a-old.json"]);
            store.Record(b, "bb", ["b.json"]);
            store.Compact();
            store.Record(a with { Length = 10 }, "aa2", ["a-new.json"]);
            store.Forget(InputState.KeyOf(b));
            store.Record(Input("c.txt", 3, Monday), "cc", []);
            store.SetConfigHash("rules-2");
        }

        using var reopened = Open();
        Assert.Equal("rules-2", reopened.ConfigHash);
        Assert.Equal(["/data/dumps/a.txt", "/data/dumps/c.txt"], reopened.All.Select(s => s.Key).Order(StringComparer.Ordinal));
        var updated = reopened.Get(InputState.KeyOf(a))!;
        Assert.Equal(10, updated.Length);
        Assert.Equal(["a-new.json"], updated.Outputs);
        Assert.Equal("rules-1", updated.RulesHash);
    }

    [Fact]
    public void Compact_writes_a_snapshot_and_empties_the_journal()
    {
        using (var store = Open())
        {
            store.SetConfigHash("rules-1");
            for (var i = 0; i < 5; i++)
            {
                store.Record(Input($"{i}.txt", i, Monday), $"h{i}", [$"s{i}.json"]);
            }

            store.Compact();
            Assert.Equal(0, new FileInfo(JournalPath).Length);
        }

        using var snapshot = JsonDocument.Parse(File.ReadAllText(SnapshotPath));
        Assert.Equal(1, snapshot.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("rules-1", snapshot.RootElement.GetProperty("rulesHash").GetString());
        Assert.Equal(5, snapshot.RootElement.GetProperty("inputs").GetArrayLength());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(SnapshotPath)!, "*.partial"));

        using var reopened = Open();
        Assert.Equal(5, reopened.All.Count);
        Assert.Equal("rules-1", reopened.ConfigHash);
    }

    [Fact]
    public void A_crash_between_writing_the_snapshot_and_emptying_the_journal_changes_nothing()
    {
        using (var store = Open())
        {
            store.Record(Input("a.txt", 1, Monday), "aa", ["a.json"]);
            store.Forget(InputState.KeyOf(Input("a.txt", 1, Monday)));
            store.Record(Input("b.txt", 2, Monday), "bb", ["b.json"]);
        }

        var journal = File.ReadAllBytes(JournalPath);
        using (var store = Open())
        {
            store.Compact();
        }

        File.WriteAllBytes(JournalPath, journal);

        using var reopened = Open();
        Assert.Equal(["/data/dumps/b.txt"], reopened.All.Select(s => s.Key));
    }

    [Fact]
    public void Records_from_many_threads_all_arrive_as_whole_lines()
    {
        const int threads = 8;
        const int perThread = 250;
        using (var store = StateStore.Open(_out.Path, _log.Logger, flushToDisk: false))
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                for (var i = 0; i < perThread; i++)
                {
                    store.Record(Input($"t{t}/{i}.txt", i, Monday), $"{t:x2}{i:x4}", [$"out/{t}/{i}.json"]);
                }
            });
            Assert.Equal(threads * perThread, store.All.Count);
        }

        var lines = File.ReadAllLines(JournalPath);
        Assert.Equal(threads * perThread, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());

        using var reopened = Open();
        Assert.Equal(threads * perThread, reopened.All.Count);
        Assert.Equal(["out/7/249.json"], reopened.Get("/data/dumps/t7/249.txt")!.Outputs);
    }

    [Fact]
    public void An_unreadable_snapshot_is_moved_aside_and_the_run_starts_over()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath)!);
        File.WriteAllText(SnapshotPath, "{ \"version\": 1, \"inputs\": [ {\"key\": ");

        using var store = Open();

        Assert.Empty(store.All);
        Assert.False(File.Exists(SnapshotPath));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(SnapshotPath)!, "state.json.unreadable-*"));
        Assert.Contains(_log.Messages(LogEventLevel.Warning), m => m.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Non_ascii_paths_and_outputs_round_trip()
    {
        var input = new InputFile("/data/dumps/Zürich \"nacht\"/文章.txt", "文章.txt", 7, Monday);
        using (var store = Open())
        {
            store.Record(input, "ff", ["outlet/2025-03-03/zürich-文章.json"]);
        }

        using var reopened = Open();
        Assert.Equal(["outlet/2025-03-03/zürich-文章.json"], reopened.Get(InputState.KeyOf(input))!.Outputs);
    }

    private StateStore Open() => StateStore.Open(_out.Path, _log.Logger);

    private static InputFile Input(string relative, long length, DateTime modified) =>
        new("/data/dumps/" + relative, relative, length, modified);

    private void AppendToJournal(string text)
    {
        using var journal = new FileStream(JournalPath, FileMode.Append);
        journal.Write(Encoding.UTF8.GetBytes(text));
    }
}
