namespace Cleaner.Core.Resilience;

/// <summary>
/// Reads what an I/O exception means. On Unix .NET puts the raw errno in <see cref="Exception.HResult"/> for errors
/// it has no dedicated exception for; on Windows it is the Win32 error as an HRESULT (0x8007xxxx).
/// </summary>
public static class IoErrors
{
    private const int Win32Facility = unchecked((int)0x80070000);

    /// <summary>
    /// The file is open elsewhere in a way that excludes us: a Windows sharing or lock violation, or on Unix the
    /// advisory lock .NET takes for <see cref="FileShare.None"/> (flock, EWOULDBLOCK).
    /// </summary>
    public static bool IsSharingViolation(IOException e) => e.HResult switch
    {
        Win32Facility | 32 or Win32Facility | 33 => true, // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        11 when OperatingSystem.IsLinux() => true, // EAGAIN / EWOULDBLOCK
        35 when OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() => true, // EWOULDBLOCK
        _ => false,
    };

    /// <summary>No space or quota left where the file was being written.</summary>
    public static bool IsDiskFull(IOException e) => e.HResult switch
    {
        Win32Facility | 112 or Win32Facility | 39 => true, // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
        28 when !OperatingSystem.IsWindows() => true, // ENOSPC
        122 when OperatingSystem.IsLinux() => true, // EDQUOT
        69 when OperatingSystem.IsMacOS() => true, // EDQUOT
        _ => false,
    };

    /// <summary>
    /// Worth trying again: an I/O error that is not about the path itself. A missing file or folder, a path too
    /// long, a permission refusal or a short read will fail the same way every time.
    /// </summary>
    public static bool IsTransient(Exception e) => e is IOException
        and not FileNotFoundException
        and not DirectoryNotFoundException
        and not PathTooLongException
        and not DriveNotFoundException
        and not EndOfStreamException
        and not FileLoadException;

    /// <summary>A short description for logs and exception messages.</summary>
    public static string Describe(Exception e) => e switch
    {
        IOException io when IsDiskFull(io) => $"disk full: {e.Message}",
        UnauthorizedAccessException => $"permission denied: {e.Message}",
        _ => e.Message,
    };
}
