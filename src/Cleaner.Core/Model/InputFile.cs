namespace Cleaner.Core.Model;

/// <summary>A file found under an input root. <see cref="RelativePath"/> uses '/' on every platform.</summary>
public sealed record InputFile(string FullPath, string RelativePath, long Length, DateTime LastWriteUtc)
{
    public SourceFormat Format => SourceFormats.FromPath(FullPath);
}

public enum SourceFormat
{
    Text,
    Html,
}

public static class SourceFormats
{
    public static SourceFormat FromPath(string path)
    {
        var name = path.ToLowerInvariant();
        return name.EndsWith(".html") || name.EndsWith(".htm") || name.EndsWith(".html.gz") || name.EndsWith(".htm.gz")
            ? SourceFormat.Html
            : SourceFormat.Text;
    }

    public static string Name(SourceFormat format) => format == SourceFormat.Html ? "html" : "text";
}
