using Serilog;
using Serilog.Events;

namespace Cleaner.Cli;

/// <summary>Logs go to stderr, so stdout stays clean for JSON Lines; colored only on a terminal.</summary>
public static class Logging
{
    public static ILogger Create(bool quiet, bool verbose)
    {
        var level = quiet ? LogEventLevel.Warning : verbose ? LogEventLevel.Debug : LogEventLevel.Information;
        var config = new LoggerConfiguration().MinimumLevel.Is(level);
        config = Console.IsErrorRedirected
            ? config.WriteTo.Console(
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose,
                theme: Serilog.Sinks.SystemConsole.Themes.ConsoleTheme.None)
            : config.WriteTo.Console(
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose);
        return config.CreateLogger();
    }
}
