using Cleaner.Core.Resilience;
using Cleaner.Tests.Support;
using Serilog.Events;

namespace Cleaner.Tests.Resilience;

public sealed class FileResilienceTests
{
    private const string InputPath = "/data/dumps/2025/a.txt";
    private const string OutputPath = "/out/outlet/2025-03-01/story.json";

    private readonly LogCapture _log = new();
    private readonly FakeTimeProvider _time = new() { AutoAdvance = true };

    [Fact]
    public void A_transient_read_error_is_retried_until_it_succeeds_and_each_retry_is_logged_with_the_path()
    {
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        var calls = 0;

        var text = resilience.Read(InputPath, () => ++calls < 3 ? throw new IOException("Connection timed out", 110) : "content");

        Assert.Equal("content", text);
        Assert.Equal(3, calls);
        var retries = _log.Events.Where(e => e.Level == LogEventLevel.Warning).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, e => Assert.Equal($"\"{InputPath}\"", e.Properties["Input"].ToString()));
        Assert.Equal(["1", "2"], retries.Select(e => e.Properties["Attempt"].ToString()));
        Assert.Contains("(attempt 1 of 4)", retries[0].RenderMessage(), StringComparison.Ordinal);
        Assert.Equal("\"Connection timed out\"", retries[0].Properties["Error"].ToString());
        Assert.Equal(2, _time.Delays.Count);
    }

    [Fact]
    public void Waits_grow_exponentially_from_the_first_delay_and_the_last_error_surfaces()
    {
        var options = new FileResilienceOptions { Jitter = false, FirstDelay = TimeSpan.FromMilliseconds(200) };
        var resilience = new FileResilience(_log.Logger, options, _time);
        var calls = 0;
        var start = _time.GetUtcNow();

        var error = Assert.Throws<IOException>(() => resilience.Read<string>(InputPath, () => throw new IOException($"try {++calls}")));

        Assert.Equal("try 4", error.Message);
        Assert.Equal(4, calls);
        Assert.Equal([200, 400, 800], _time.Delays.Select(d => d.TotalMilliseconds));
        Assert.Equal(TimeSpan.FromMilliseconds(1400), _time.GetUtcNow() - start);
    }

    [Fact]
    public void Jittered_waits_stay_within_the_maximum()
    {
        var options = new FileResilienceOptions { ReadAttempts = 8, MaxDelay = TimeSpan.FromSeconds(1) };
        var resilience = new FileResilience(_log.Logger, options, _time);

        Assert.Throws<IOException>(() => resilience.Read<int>(InputPath, () => throw new IOException("busy")));

        Assert.Equal(7, _time.Delays.Count);
        Assert.All(_time.Delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    public static TheoryData<Exception> PermanentErrors => new()
    {
        new FileNotFoundException("gone", InputPath),
        new DirectoryNotFoundException("no folder"),
        new PathTooLongException("long"),
        new UnauthorizedAccessException("denied"),
        new EndOfStreamException("short"),
        new InvalidDataException("not I/O at all"),
    };

    [Theory]
    [MemberData(nameof(PermanentErrors))]
    public void Errors_about_the_path_itself_are_not_retried(Exception permanent)
    {
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        var calls = 0;

        var thrown = Assert.Throws(permanent.GetType(), () => resilience.Read<string>(InputPath, () =>
        {
            calls++;
            throw permanent;
        }));

        Assert.Same(permanent, thrown);
        Assert.Equal(1, calls);
        Assert.Empty(_log.Events);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public void A_file_another_handle_holds_exclusively_is_read_once_it_is_let_go()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "held.txt");
        File.WriteAllText(path, "story text");
        var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        var calls = 0;

        var text = resilience.Read(path, () =>
        {
            if (++calls == 2)
            {
                holder.Dispose();
            }

            return File.ReadAllText(path);
        });

        Assert.Equal("story text", text);
        Assert.Equal(2, calls);
        Assert.Contains(path, Assert.Single(_log.Messages(LogEventLevel.Warning)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Async_reads_are_retried_too()
    {
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        var calls = 0;

        var bytes = await resilience.ReadAsync(InputPath, _ => ++calls == 1 ? throw new IOException("hiccup") : ValueTask.FromResult(42));

        Assert.Equal(42, bytes);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_transient_write_error_is_retried()
    {
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        var calls = 0;

        resilience.Write(OutputPath, () =>
        {
            if (++calls == 1)
            {
                throw new IOException("Stale file handle", 116);
            }
        });

        Assert.Equal(2, calls);
        var retry = Assert.Single(_log.Events);
        Assert.Equal($"\"{OutputPath}\"", retry.Properties["Output"].ToString());
        Assert.True(resilience.OutputAvailable);
    }

    [Fact]
    public void When_writes_keep_failing_the_breaker_opens_and_later_writes_fail_fast()
    {
        var options = new FileResilienceOptions { WriteAttempts = 2, BreakerMinimumWrites = 4, BreakerFailureRatio = 0.8 };
        var resilience = new FileResilience(_log.Logger, options, _time);
        var calls = 0;
        void DiskFull() => throw new IOException($"No space left on device : '{OutputPath}' (call {++calls})", 28);

        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<IOException>(() => resilience.Write(OutputPath, DiskFull));
        }

        Assert.True(resilience.OutputAvailable);
        var tipping = Assert.Throws<OutputUnavailableException>(() => resilience.Write(OutputPath, DiskFull));
        Assert.IsType<IOException>(tipping.InnerException);
        Assert.False(resilience.OutputAvailable);
        Assert.Equal(8, calls);

        var fast = Assert.Throws<OutputUnavailableException>(() => resilience.Write("/out/other.json", () => calls++));

        Assert.Equal(8, calls);
        Assert.Contains("output location keeps failing", fast.Message, StringComparison.Ordinal);
        Assert.Contains($"writing {OutputPath}", fast.Message, StringComparison.Ordinal);
        Assert.Contains("disk full: No space left on device", fast.Message, StringComparison.Ordinal);
        Assert.Equal(OutputPath, fast.LastPath);
        Assert.Contains(_log.Events, e => e.Level == LogEventLevel.Error && e.RenderMessage().Contains("keeps failing", StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_break_a_write_that_works_closes_the_breaker()
    {
        var options = new FileResilienceOptions { WriteAttempts = 1, BreakerMinimumWrites = 2, BreakerOpenFor = TimeSpan.FromSeconds(30) };
        var resilience = new FileResilience(_log.Logger, options, _time);
        for (var i = 0; i < 2; i++)
        {
            Assert.ThrowsAny<Exception>(() => resilience.Write(OutputPath, () => throw new IOException("share gone")));
        }

        Assert.False(resilience.OutputAvailable);
        _time.Advance(TimeSpan.FromSeconds(31));
        var written = false;

        resilience.Write(OutputPath, () => written = true);

        Assert.True(written);
        Assert.True(resilience.OutputAvailable);
        Assert.Contains("Output writes are working again", _log.Messages(LogEventLevel.Information));
    }

    [Fact]
    public void One_story_that_cannot_be_written_among_many_that_can_does_not_stop_the_output()
    {
        var resilience = new FileResilience(_log.Logger, new FileResilienceOptions(), _time);
        for (var i = 0; i < 20; i++)
        {
            resilience.Write($"/out/{i}.json", () => { });
        }

        var denied = new UnauthorizedAccessException("denied");
        var thrown = Assert.Throws<UnauthorizedAccessException>(() => resilience.Write(OutputPath, () => throw denied));

        Assert.Same(denied, thrown);
        Assert.True(resilience.OutputAvailable);
    }

    [LinuxFact]
    public void A_full_disk_on_Linux_is_recognized()
    {
        var error = Assert.Throws<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[16]);
            full.Flush();
        });

        Assert.True(IoErrors.IsDiskFull(error));
        Assert.True(IoErrors.IsTransient(error));
    }

    [LinuxFact]
    public void The_advisory_lock_conflict_on_Linux_is_a_sharing_violation()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "x");
        using var holder = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<IOException>(() => File.ReadAllText(path));

        Assert.True(IoErrors.IsSharingViolation(error));
        Assert.False(IoErrors.IsDiskFull(error));
    }
}
