using Cleaner.Core.Output;

namespace Cleaner.Cli.Commands;

/// <summary><c>cleaner schema</c>: prints the published JSON Schema of the story document.</summary>
public static class SchemaCommand
{
    public static async Task<int> RunAsync(TextWriter stdout)
    {
        await stdout.WriteAsync(StorySchema.Text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
