using Cleaner.Cli.Progress;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.SystemConsole.Themes;

namespace Cleaner.Cli.Logging;

/// <summary>
/// The run's logger. Console on stderr (stdout stays clean for JSON Lines): short colored lines on a terminal,
/// plain lines with a full timestamp when redirected (cron mail, a log file). With an output folder, also a
/// compact-JSON file per day in <c>&lt;out&gt;/_logs/cleaner-YYYYMMDD.json</c>, the last
/// <see cref="LogOptions.RetainedFiles"/> kept, for looking back at unattended runs.
/// </summary>
public static class LogSetup
{
    public const string LogFolder = "_logs";
    public const string FilePattern = "cleaner-.json";

    // A day's log can grow without bound if something loops; past this it continues in a new file.
    private const long MaxFileBytes = 256L * 1024 * 1024;

    /// <param name="progress">The status line console log lines must be written above, if one is shown.</param>
    public static Logger Create(LogOptions options, ProgressDisplay? progress = null)
    {
        options.Validate();
        var config = new LoggerConfiguration().MinimumLevel.Is(options.Verbose ? LogEventLevel.Debug : LogEventLevel.Information);
        var consoleLevel = options.Quiet ? LogEventLevel.Warning : LogEventLevel.Verbose;
        if (progress is { Enabled: true })
        {
            LoggerSinkConfiguration.Wrap(
                config.WriteTo,
                console => new ProgressAwareSink(console, progress),
                sinks => AddConsole(sinks, options),
                consoleLevel,
                levelSwitch: null);
        }
        else
        {
            AddConsole(config.WriteTo, options, consoleLevel);
        }

        if (options.OutputRoot is { } outRoot)
        {
            config.WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(LogFolderOf(outRoot), FilePattern),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: options.RetainedFiles,
                fileSizeLimitBytes: MaxFileBytes,
                rollOnFileSizeLimit: true);
        }

        return config.CreateLogger();
    }

    public static string LogFolderOf(string outRoot) => Path.Combine(Path.GetFullPath(outRoot), LogFolder);

    private static void AddConsole(LoggerSinkConfiguration sinks, LogOptions options, LogEventLevel level = LogEventLevel.Verbose)
    {
        if (options.ErrorRedirected ?? Console.IsErrorRedirected)
        {
            sinks.Console(
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose,
                theme: ConsoleTheme.None,
                restrictedToMinimumLevel: level);
        }
        else
        {
            sinks.Console(
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose,
                theme: AnsiConsoleTheme.Literate,
                restrictedToMinimumLevel: level);
        }
    }
}
