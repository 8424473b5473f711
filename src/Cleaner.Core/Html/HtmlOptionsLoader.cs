using Cleaner.Core.Rules;

namespace Cleaner.Core.Html;

/// <summary>
/// Reads <c>html.json</c> from the rules files with the same strictness as the other rules:
/// unknown keys, malformed JSON and out-of-range values stop the run with a <see cref="ConfigException"/> naming file and key.
/// </summary>
public static class HtmlOptionsLoader
{
    public const string HtmlFile = "html.json";

    /// <summary>The options in <c>html.json</c> among <paramref name="files"/>; the file is required.</summary>
    public static HtmlOptions Load(IReadOnlyList<ConfigFile> files, string displayRoot = "pipeline-config")
    {
        var file = files.FirstOrDefault(f => f.Name == HtmlFile)
            ?? throw new ConfigException($"{displayRoot.TrimEnd('/', '\\')}/{HtmlFile}: required file is missing");
        return Parse(file.Content, $"{displayRoot.TrimEnd('/', '\\')}/{HtmlFile}");
    }

    /// <summary>The shipped options (the embedded copy of pipeline-config/html.json).</summary>
    public static HtmlOptions LoadDefault() => Load(ConfigSources.Embedded(), "pipeline-config (embedded)");

    public static HtmlOptions Parse(string content, string display)
    {
        var options = ConfigLoader.Parse<HtmlOptions>(content, display);
        HtmlOptionsValidator.Validate(options, display);
        return options;
    }
}
