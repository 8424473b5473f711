namespace Cleaner.Core.Model;

public sealed class InputRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
