namespace Cleaner.Tests.Support;

/// <summary>A fact about Linux behaviour (errno values, /dev/full); reported as skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only";
        }
    }
}
