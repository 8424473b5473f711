using Cleaner.Core.Model;

namespace Cleaner.Core.Stages;

/// <summary>
/// Reads a whole file into memory without ever holding more than the configured limit.
/// Opens read-only and shares read, write and delete, so scrapers writing or cleaning up next to us are never blocked.
/// </summary>
internal static class BoundedFileReader
{
    private const int MinimumGrowth = 64 * 1024;

    public static ArraySegment<byte> Read(string path, long maxBytes)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > limit)
        {
            throw new InputRejectedException(RejectionReasons.TooLarge(length, limit));
        }

        var buffer = GC.AllocateUninitializedArray<byte>((int)length);
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                // The length we asked for is a snapshot: the file may still be growing.
                if (!HasMoreBytes(handle, filled))
                {
                    break;
                }

                if (filled >= limit)
                {
                    throw new InputRejectedException(RejectionReasons.TooLarge(Math.Max(RandomAccess.GetLength(handle), filled + 1L), limit));
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, MinimumGrowth), limit));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(filled), filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return new ArraySegment<byte>(buffer, 0, filled);
    }

    private static bool HasMoreBytes(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long offset)
    {
        Span<byte> probe = stackalloc byte[1];
        return RandomAccess.Read(handle, probe, offset) > 0;
    }
}
