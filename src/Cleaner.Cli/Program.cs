using Cleaner.Cli;
using Cleaner.Cli.Commands;
using Cleaner.Core.Rules;

return await CleanerCli.MainAsync(args, Console.Out, Console.Error);

namespace Cleaner.Cli
{
    public static class CleanerCli
    {
        public const string Usage = """
            cleaner — turns scraped news dumps into clean, normalized JSON stories

            Commands:
              run <inputs>... --out <folder|->   clean dumps into story documents
              eval --gold <dir> --pred <dir>     score output against reference stories
              bench [--size-mb <n>]              measure throughput and memory on a generated corpus
              schema                             print the story document's JSON Schema

            'cleaner <command> --help' shows a command's options.
            """;

        public static async Task<int> MainAsync(string[] args, TextWriter stdout, TextWriter stderr)
        {
            using var interrupt = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                interrupt.Cancel();
            };
            Console.CancelKeyPress += onCancel;

            // A scheduler stops a job with SIGTERM: treat it like Ctrl+C, so state is saved and the exit code says so.
            using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGTERM,
                context =>
                {
                    context.Cancel = true;
                    interrupt.Cancel();
                });
            try
            {
                return await DispatchAsync(args, stdout, stderr, interrupt.Token).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                await stderr.WriteLineAsync($"cleaner: {e.Message}\n\n{UsageFor(args)}").ConfigureAwait(false);
                return ExitCodes.UsageOrConfig;
            }
            catch (ConfigException e)
            {
                await stderr.WriteLineAsync($"cleaner: rules error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrConfig;
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
            {
                await stderr.WriteLineAsync("cleaner: interrupted").ConfigureAwait(false);
                return ExitCodes.Interrupted;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        private static async Task<int> DispatchAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
                return args.Length == 0 ? ExitCodes.UsageOrConfig : ExitCodes.Success;
            }

            var rest = args[1..];
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                await stdout.WriteLineAsync(UsageFor(args)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            return args[0] switch
            {
                "run" => await RunCommand.RunAsync(rest, stdout, stderr, cancellation).ConfigureAwait(false),
                "eval" => RunEval(rest, stdout, stderr),
                "bench" => await BenchCommand.RunAsync(rest, stdout, cancellation).ConfigureAwait(false),
                "schema" => await SchemaCommand.RunAsync(stdout).ConfigureAwait(false),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }

        private static int RunEval(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var line = CommandLine.Parse(args, ["--gold", "--pred"], ["--json"]);
            var gold = line.Value("--gold") ?? throw new UsageException("--gold <dir> is required");
            var pred = line.Value("--pred") ?? throw new UsageException("--pred <dir> is required");
            return EvalCommand.Run(gold, pred, line.Flag("--json"), stdout, stderr);
        }

        private const string EvalUsage = """
            cleaner eval --gold <dir> --pred <dir> [--json]
              --gold <dir>   reference stories: one JSON file per dump ({"source": ..., "stories": [...]})
              --pred <dir>   cleaner's output folder (story files or JSON Lines), or files shaped like the gold
              --json         print the report as JSON instead of a table
            """;

        private static string UsageFor(string[] args) => args.FirstOrDefault() switch
        {
            "run" => RunCommand.Usage,
            "eval" => EvalUsage,
            "bench" => BenchCommand.Usage,
            _ => Usage,
        };
    }
}
