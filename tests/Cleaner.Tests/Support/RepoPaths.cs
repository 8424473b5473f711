namespace Cleaner.Tests.Support;

/// <summary>
/// Finds the repository root (the folder holding Cleaner.sln) by walking up from the test assembly,
/// and the optional shared/ folder beside it. CLEANER_SHARED overrides where shared/ is.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string PipelineConfig => Path.Combine(Root, "pipeline-config");

    /// <summary>The shared/ folder beside the repository, or null when this machine has none.</summary>
    public static string? Shared
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CLEANER_SHARED");
            var path = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : configured;
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cleaner.sln not found above " + AppContext.BaseDirectory);
    }
}
