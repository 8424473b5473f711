namespace Cleaner.Core.Model;

/// <summary>
/// The file was read but cannot be a text dump (empty, binary, oversized, ...).
/// Unlike I/O errors this is final: retrying the same bytes gives the same answer.
/// </summary>
public sealed class InputRejectedException : Exception
{
    public InputRejectedException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    /// <summary>A short sentence for reports, e.g. "binary file: looks like a PNG image".</summary>
    public string Reason { get; }
}
