using Cleaner.Core.Model;
using Cleaner.Core.Text;
using Microsoft.Win32.SafeHandles;

namespace Cleaner.Core.Stages;

/// <summary>
/// Reads a whole file into memory without ever holding more than the configured limit.
/// Opens read-only and shares read, write and delete, so scrapers writing or cleaning up next to us are never blocked.
/// </summary>
internal static class BoundedFileReader
{
    private const int MinimumGrowth = 64 * 1024;

    /// <summary>The caller owns (and disposes) the returned buffer; its length is the number of bytes read.</summary>
    public static RentedArray<byte> Read(string path, long maxBytes)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > limit)
        {
            throw new InputRejectedException(RejectionReasons.TooLarge(length, limit));
        }

        var buffer = RentedArray<byte>.Rent((int)length);
        try
        {
            var filled = ReadUntilFullOrEnd(handle, buffer, 0);

            // The length we asked for is a snapshot: the file may still be growing.
            while (filled == buffer.Length && HasMoreBytes(handle, filled))
            {
                if (filled >= limit)
                {
                    throw new InputRejectedException(RejectionReasons.TooLarge(Math.Max(RandomAccess.GetLength(handle), filled + 1L), limit));
                }

                var larger = RentedArray<byte>.Rent((int)Math.Min(Math.Max(buffer.Length * 2L, MinimumGrowth), limit));
                buffer.Span.CopyTo(larger.Span);
                buffer.Dispose();
                buffer = larger;
                filled = ReadUntilFullOrEnd(handle, buffer, filled);
            }

            buffer.Truncate(filled);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static int ReadUntilFullOrEnd(SafeFileHandle handle, RentedArray<byte> buffer, int filled)
    {
        while (filled < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer.Span[filled..], filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static bool HasMoreBytes(SafeFileHandle handle, long offset)
    {
        Span<byte> probe = stackalloc byte[1];
        return RandomAccess.Read(handle, probe, offset) > 0;
    }
}
