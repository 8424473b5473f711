using System.Security.Cryptography;

namespace Cleaner.Core.Incremental;

/// <summary>SHA-256 of a file as lowercase hex, the form <see cref="InputState.Sha256"/> and story sources use.</summary>
public static class ContentHash
{
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
