using System.Diagnostics;
using Cleaner.Core.Incremental;
using Serilog;

namespace Cleaner.Tests.Support;

/// <summary>
/// A second process for tests that need one (an OS lock held by someone else): the test assembly run again with
/// <c>dotnet Cleaner.Tests.dll &lt;command&gt;</c>. It reports on stdout and ends when its stdin closes.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process, string firstLine)
    {
        _process = process;
        FirstLine = firstLine;
    }

    public int Pid => _process.Id;

    /// <summary>What the child printed once it was ready (or why it was not).</summary>
    public string FirstLine { get; }

    /// <summary>Starts a child that takes the output lock of <paramref name="outRoot"/> and holds it until released.</summary>
    public static ChildProcess HoldingLock(string outRoot) => Start("hold-lock", outRoot);

    /// <summary>Starts a child that only waits: a live process that holds nothing.</summary>
    public static ChildProcess Idle() => Start("idle");

    /// <summary>Asks the child to let go and waits for it to end; returns what it printed meanwhile.</summary>
    public string Release()
    {
        _process.StandardInput.Close();
        var rest = _process.StandardOutput.ReadToEnd();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the child process did not end");
        }

        return rest;
    }

    /// <summary>Ends the child the hard way, as a crash or power cut would, and reaps it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static ChildProcess Start(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var firstLine = process.StandardOutput.ReadLineAsync();
        if (!firstLine.Wait(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the child process did not report in time");
        }

        return new ChildProcess(process, firstLine.Result ?? "(no output)");
    }
}

/// <summary>The entry point when the test assembly runs as a <see cref="ChildProcess"/>.</summary>
public static class ChildProcessEntry
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["hold-lock", var outRoot]:
                try
                {
                    using (OutputLock.Acquire(outRoot, new LoggerConfiguration().CreateLogger()))
                    {
                        Console.WriteLine($"held {Environment.ProcessId}");
                        Console.In.ReadToEnd();
                    }

                    Console.WriteLine("released");
                    return 0;
                }
                catch (OutputLockedException e)
                {
                    Console.WriteLine("locked: " + e.Message);
                    return 3;
                }

            case ["idle"]:
                Console.WriteLine($"idle {Environment.ProcessId}");
                Console.In.ReadToEnd();
                return 0;
            default:
                Console.Error.WriteLine("usage: hold-lock <out> | idle");
                return 2;
        }
    }
}
