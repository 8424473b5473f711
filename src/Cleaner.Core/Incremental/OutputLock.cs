using System.Diagnostics;
using System.Text;
using Cleaner.Core.Output;
using Cleaner.Core.Resilience;
using Serilog;

namespace Cleaner.Core.Incremental;

/// <summary>
/// One run at a time per output folder. The lock is <c>&lt;out&gt;/_state/run.lock</c>, held open with
/// <see cref="FileShare.None"/> for the whole run: on Windows that is an exclusive share mode, on Unix .NET takes
/// an advisory <c>flock(LOCK_EX)</c> on it. Either way the OS drops it when the process ends, however it ends, so
/// a live holder is told apart from a dead one without trusting pids (which get reused).
/// <para>
/// The file holds the holder's pid, host and start time for people and for the run that takes a stale lock over.
/// Other processes cannot read a file held this way, so a copy goes to <c>run.lock.owner</c>, which is how a
/// refused run names the holder. On a clean release the lock file is emptied (not deleted: deleting a lock file
/// races with a process that has just opened it), so only a crashed run leaves a holder behind.
/// </para>
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = "run.lock";
    public const string OwnerFileName = "run.lock.owner";

    // Process start times and lock times come from different clocks; a process that started this little after
    // the lock was taken is still counted as the holder.
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(2);
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private readonly FileStream _stream;
    private readonly string _ownerPath;
    private bool _disposed;

    private OutputLock(FileStream stream, string lockPath, string ownerPath, LockHolder holder)
    {
        _stream = stream;
        LockPath = lockPath;
        _ownerPath = ownerPath;
        Holder = holder;
    }

    public string LockPath { get; }

    public LockHolder Holder { get; }

    /// <summary>Takes the lock, or fails at once.</summary>
    /// <exception cref="OutputLockedException">Another live run holds it.</exception>
    public static OutputLock Acquire(string outRoot, ILogger log, TimeProvider? time = null)
    {
        var root = Path.GetFullPath(outRoot);
        var folder = Path.Combine(root, StateStore.FolderName);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, FileName);
        var ownerPath = Path.Combine(folder, OwnerFileName);

        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (IoErrors.IsSharingViolation(e))
        {
            throw new OutputLockedException(root, lockPath, ReadOwner(ownerPath), inner: e);
        }

        try
        {
            var previous = ReadAll(stream);
            if (previous.Length > 0)
            {
                CheckPrevious(LockHolder.Parse(previous), root, lockPath, log);
            }

            var holder = new LockHolder(Environment.ProcessId, Environment.MachineName, (time ?? TimeProvider.System).GetUtcNow());
            var json = holder.ToJson();
            stream.SetLength(0);
            stream.Write(Utf8NoBom.GetBytes(json));
            stream.Flush(flushToDisk: true);
            AtomicFile.Write(ownerPath, json);
            return new OutputLock(stream, lockPath, ownerPath, holder);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Releases the lock: the owner copy goes first, while the lock still keeps other runs out.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            File.Delete(_ownerPath);
            _stream.SetLength(0);
            _stream.Flush();
        }
        catch (IOException)
        {
            // The OS lock is released below all the same; the next run reads what is left as a stale holder.
        }
        catch (UnauthorizedAccessException)
        {
        }
        finally
        {
            _stream.Dispose();
        }
    }

    /// <summary>The lock file had content, yet the OS lock was free: its holder ended without releasing it.</summary>
    private static void CheckPrevious(LockHolder? previous, string root, string lockPath, ILogger log)
    {
        if (previous is null)
        {
            log.Warning("Taking over the output lock {Lock}: it was not held and its content is unreadable", lockPath);
            return;
        }

        var sameHost = string.Equals(previous.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase);
        if (sameHost && previous.Pid != Environment.ProcessId && IsRunningSince(previous.Pid, previous.Since))
        {
            // The holder is alive but the OS lock was free: this file system does not enforce locks (some network
            // shares). Refusing is the only safe answer.
            throw new OutputLockedException(root, lockPath, previous,
                "that process is still running although the lock file is not held; this file system may not support file locks");
        }

        log.Warning("Taking over a stale output lock {Lock} left by {Holder}: {Reason}",
            lockPath, previous.ToString(), sameHost ? "that process is no longer running" : "no process holds the lock any more");
    }

    /// <summary>True when <paramref name="pid"/> is a live process that was already running at <paramref name="since"/>.</summary>
    private static bool IsRunningSince(int pid, DateTimeOffset since)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited || IsZombie(pid))
            {
                return false;
            }

            // A process that started after the lock was taken only reuses the pid.
            return new DateTimeOffset(process.StartTime.ToUniversalTime()) <= since + StartTimeTolerance;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    // An exited child its parent has not reaped yet still has a pid, but no open files.
    private static bool IsZombie(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName >= 0 && afterName + 2 < stat.Length && stat[afterName + 2] is 'Z' or 'X';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static LockHolder? ReadOwner(string ownerPath)
    {
        try
        {
            return LockHolder.Parse(File.ReadAllText(ownerPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ReadAll(FileStream stream)
    {
        // A holder record is a few dozen bytes; anything much larger is not one.
        var length = (int)Math.Min(stream.Length, 64 * 1024);
        var bytes = new byte[length];
        stream.Position = 0;
        stream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
