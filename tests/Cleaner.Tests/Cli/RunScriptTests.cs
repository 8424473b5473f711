using System.Text.RegularExpressions;
using Cleaner.Cli.Commands;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli;

/// <summary>run.ps1 cannot run here (no PowerShell), so its contract with the CLI is checked as text.</summary>
public sealed partial class RunScriptTests
{
    [GeneratedRegex(@"'(--[a-z-]+)'")]
    private static partial Regex OptionInScript();

    private static string Script => File.ReadAllText(Path.Combine(RepoPaths.Root, "run.ps1"));

    [Fact]
    public void Every_option_run_ps1_passes_exists_in_the_run_command()
    {
        var options = OptionInScript().Matches(Script).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(options);
        var known = RunCommand.ValueOptions.Concat(RunCommand.FlagOptions).ToHashSet();
        Assert.All(options, option => Assert.Contains(option, known));
    }

    [Fact]
    public void Run_ps1_calls_the_run_command_and_returns_its_exit_code()
    {
        Assert.Contains("@('run')", Script, StringComparison.Ordinal);
        Assert.Contains("exit $LASTEXITCODE", Script, StringComparison.Ordinal);
    }
}
