using Cleaner.Core.Evaluation;

namespace Cleaner.Cli.Commands;

/// <summary>
/// <c>cleaner eval GOLD PRED [--json]</c>: scores predicted stories against gold.
/// Exit codes: 0 evaluated; 1 a gold or prediction file could not be read; 2 usage (a folder is missing).
/// Low scores do not change the exit code; gates on scores belong to the caller.
/// </summary>
public static class EvalCommand
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;

    public static int Run(string goldDir, string predDir, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (MissingFolder(goldDir, "gold", stderr) || MissingFolder(predDir, "prediction", stderr))
        {
            return UsageError;
        }

        EvaluationReport report;
        try
        {
            report = EvaluationRunner.Evaluate(goldDir, predDir);
        }
        catch (EvaluationInputException ex)
        {
            stderr.WriteLine("cleaner eval: " + ex.Message);
            return InputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("cleaner eval: cannot read input: " + ex.Message);
            return InputError;
        }

        stdout.Write(json ? report.ToJson() + Environment.NewLine : report.FormatTable());
        return Ok;
    }

    private static bool MissingFolder(string path, string role, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            stderr.WriteLine($"cleaner eval: no {role} folder given (usage: cleaner eval GOLD_DIR PRED_DIR [--json])");
            return true;
        }

        if (!Directory.Exists(path))
        {
            stderr.WriteLine($"cleaner eval: {role} folder not found: {path}");
            return true;
        }

        return false;
    }
}
