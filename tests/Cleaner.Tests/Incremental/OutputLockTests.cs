using System.Text.Json;
using Cleaner.Core.Incremental;
using Cleaner.Tests.Support;
using Serilog.Events;

namespace Cleaner.Tests.Incremental;

public sealed class OutputLockTests : IDisposable
{
    private readonly TempFolder _out = new();
    private readonly LogCapture _log = new();

    private string LockPath => Path.Combine(_out.Path, "_state", "run.lock");

    public void Dispose() => _out.Dispose();

    [Fact]
    public void The_lock_file_names_the_holder()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero));
        using var held = OutputLock.Acquire(_out.Path, _log.Logger, time);

        Assert.Equal(Environment.ProcessId, held.Holder.Pid);
        Assert.Equal(Environment.MachineName, held.Holder.Host);
        Assert.Equal(time.GetUtcNow(), held.Holder.Since);
        using var owner = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out.Path, "_state", "run.lock.owner")));
        Assert.Equal(Environment.ProcessId, owner.RootElement.GetProperty("pid").GetInt32());
        Assert.Equal("2025-03-01T02:00:00+00:00", owner.RootElement.GetProperty("since").GetString());
    }

    [Fact]
    public void A_second_acquire_in_another_process_fails_and_names_the_holder()
    {
        using var first = OutputLock.Acquire(_out.Path, _log.Logger);
        using var child = ChildProcess.HoldingLock(_out.Path);

        Assert.StartsWith("locked: ", child.FirstLine, StringComparison.Ordinal);
        Assert.Contains("is locked by another run", child.FirstLine, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName}", child.FirstLine, StringComparison.Ordinal);
        Assert.DoesNotContain("may not support file locks", child.FirstLine, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_held_by_another_process_refuses_this_one_until_it_is_released()
    {
        using var child = ChildProcess.HoldingLock(_out.Path);
        Assert.Equal($"held {child.Pid}", child.FirstLine);

        var refused = Assert.Throws<OutputLockedException>(() => OutputLock.Acquire(_out.Path, _log.Logger));
        Assert.Contains("is locked by another run", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {child.Pid}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(child.Pid, refused.Holder?.Pid);
        Assert.Equal(LockPath, refused.LockPath);
        // Refused by the OS lock itself, not by the pid check that backs it up.
        Assert.IsType<IOException>(refused.InnerException);

        Assert.Equal("released", child.Release().Trim());
        using var taken = OutputLock.Acquire(_out.Path, _log.Logger);
        Assert.Equal(Environment.ProcessId, taken.Holder.Pid);
        Assert.Empty(_log.Messages(LogEventLevel.Warning));
    }

    [Fact]
    public void A_lock_left_by_a_killed_process_is_taken_over_and_logged()
    {
        int deadPid;
        using (var child = ChildProcess.HoldingLock(_out.Path))
        {
            Assert.StartsWith("held ", child.FirstLine, StringComparison.Ordinal);
            deadPid = child.Pid;
            child.Kill();
        }

        Assert.Contains($"\"pid\":{deadPid}", File.ReadAllText(LockPath), StringComparison.Ordinal);

        using var taken = OutputLock.Acquire(_out.Path, _log.Logger);

        Assert.Equal(Environment.ProcessId, taken.Holder.Pid);
        var warning = Assert.Single(_log.Messages(LogEventLevel.Warning));
        Assert.Contains("stale output lock", warning, StringComparison.Ordinal);
        Assert.Contains($"pid {deadPid}", warning, StringComparison.Ordinal);
        Assert.Contains("no longer running", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_process_cannot_take_the_lock_twice()
    {
        using var first = OutputLock.Acquire(_out.Path, _log.Logger);

        var refused = Assert.Throws<OutputLockedException>(() => OutputLock.Acquire(_out.Path, _log.Logger));
        Assert.Equal(Environment.ProcessId, refused.Holder?.Pid);
    }

    [Fact]
    public void Dispose_releases_the_lock_and_leaves_no_holder_behind()
    {
        OutputLock.Acquire(_out.Path, _log.Logger).Dispose();

        Assert.Equal(0, new FileInfo(LockPath).Length);
        Assert.False(File.Exists(Path.Combine(_out.Path, "_state", "run.lock.owner")));
        using var again = OutputLock.Acquire(_out.Path, _log.Logger);
        Assert.Empty(_log.Messages(LogEventLevel.Warning));
    }

    [Fact]
    public void A_stale_lock_file_naming_a_pid_that_is_not_running_is_taken_over()
    {
        var deadPid = ExitedProcessId();
        WriteLockFile(new LockHolder(deadPid, Environment.MachineName, DateTimeOffset.UtcNow.AddHours(-3)));

        using var taken = OutputLock.Acquire(_out.Path, _log.Logger);

        Assert.Equal(Environment.ProcessId, taken.Holder.Pid);
        Assert.Contains(_log.Messages(LogEventLevel.Warning), m => m.Contains($"pid {deadPid}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stale_lock_from_another_host_is_taken_over_when_nobody_holds_it()
    {
        WriteLockFile(new LockHolder(4242, "some-other-host", DateTimeOffset.UtcNow.AddDays(-1)));

        using var taken = OutputLock.Acquire(_out.Path, _log.Logger);

        Assert.Contains(_log.Messages(LogEventLevel.Warning), m => m.Contains("some-other-host", StringComparison.Ordinal)
            && m.Contains("no process holds the lock", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pid_reused_by_a_newer_process_does_not_keep_the_lock()
    {
        using var unrelated = ChildProcess.Idle();
        // The lock was taken long before this process started: the pid only matches by reuse.
        WriteLockFile(new LockHolder(unrelated.Pid, Environment.MachineName, DateTimeOffset.UtcNow.AddDays(-2)));

        using var taken = OutputLock.Acquire(_out.Path, _log.Logger);

        Assert.Equal(Environment.ProcessId, taken.Holder.Pid);
    }

    [Fact]
    public void A_running_holder_whose_lock_is_not_enforced_still_refuses_the_run()
    {
        // What a file system that ignores locks looks like: the named process runs, yet nobody holds the file.
        using var holder = ChildProcess.Idle();
        WriteLockFile(new LockHolder(holder.Pid, Environment.MachineName, DateTimeOffset.UtcNow.AddSeconds(1)));

        var refused = Assert.Throws<OutputLockedException>(() => OutputLock.Acquire(_out.Path, _log.Logger));

        Assert.Contains($"pid {holder.Pid}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("may not support file locks", refused.Message, StringComparison.Ordinal);
    }

    private void WriteLockFile(LockHolder holder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockPath)!);
        File.WriteAllText(LockPath, JsonSerializer.Serialize(new { pid = holder.Pid, host = holder.Host, since = holder.Since }));
    }

    private static int ExitedProcessId()
    {
        using var child = ChildProcess.Idle();
        child.Release();
        return child.Pid;
    }
}
