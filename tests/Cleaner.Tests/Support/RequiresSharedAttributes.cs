namespace Cleaner.Tests.Support;

/// <summary>A fact that reads ../shared/; it is reported as skipped (with the reason) where shared/ is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string subfolder = "")
    {
        if (SharedData.Missing(subfolder) is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that reads ../shared/; skipped with the reason where shared/ is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string subfolder = "")
    {
        if (SharedData.Missing(subfolder) is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class SharedData
{
    public static string? Missing(string subfolder)
    {
        var shared = RepoPaths.Shared;
        if (shared is null)
        {
            return "shared/ is not beside the repository on this machine (set CLEANER_SHARED to point at it)";
        }

        return subfolder.Length == 0 || Directory.Exists(Path.Combine(shared, subfolder))
            ? null
            : $"shared/{subfolder} is not present on this machine";
    }
}
