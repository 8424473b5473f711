namespace Cleaner.Cli;

/// <summary>Process exit codes; documented in the README for schedulers.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int FailedInputs = 1;
    public const int UsageOrConfig = 2;
    public const int Locked = 3;
    public const int Interrupted = 4;
    public const int OutputUnavailable = 5;
}
