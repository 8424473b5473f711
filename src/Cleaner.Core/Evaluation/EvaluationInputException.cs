namespace Cleaner.Core.Evaluation;

/// <summary>A gold or prediction file that cannot be evaluated; the message names the file and the problem.</summary>
public sealed class EvaluationInputException : Exception
{
    public EvaluationInputException(string filePath, string problem, Exception? inner = null)
        : base($"{filePath}: {problem}", inner)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }
}
