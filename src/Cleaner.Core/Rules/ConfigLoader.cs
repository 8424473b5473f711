using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Cleaner.Core.Rules;

/// <summary>
/// Loads and validates the rules folder. Anything wrong stops the run before a single story is written:
/// malformed JSON, unknown keys, bad regular expressions, out-of-range numbers, duplicate outlet ids.
/// </summary>
public static class ConfigLoader
{
    public const string PipelineFile = "pipeline.json";
    public const string BoilerplateFile = "boilerplate.json";
    public const string LanguagesFile = "languages.json";
    public const string OutletsFolder = "outlets/";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
    };

    /// <param name="files">The rules files.</param>
    /// <param name="displayRoot">How the folder is named in error messages ("pipeline-config" or a path).</param>
    public static CleanerConfig Load(IReadOnlyList<ConfigFile> files, string displayRoot = "pipeline-config")
    {
        string Display(ConfigFile f) => $"{displayRoot.TrimEnd('/', '\\')}/{f.Name}";

        var byName = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var settings = Parse<PipelineSettings>(Required(byName, PipelineFile, displayRoot), Display);
        var boilerplate = Parse<BoilerplateRules>(Required(byName, BoilerplateFile, displayRoot), Display);
        var languages = Parse<LanguageProfiles>(Required(byName, LanguagesFile, displayRoot), Display);

        var outlets = new List<OutletProfile>();
        foreach (var file in files.Where(f => f.Name.StartsWith(OutletsFolder, StringComparison.Ordinal)))
        {
            var profile = Parse<OutletProfile>(file, Display);
            OutletProfileValidator.Validate(profile, file.Name[OutletsFolder.Length..], Display(file));
            outlets.Add(profile);
        }

        var duplicate = outlets.GroupBy(o => o.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"{displayRoot}/{OutletsFolder}: outlet id '{duplicate.Key}' is defined more than once");
        }

        SettingsValidator.Validate(settings, $"{displayRoot}/{PipelineFile}");
        var rules = RuleSet.Compile(boilerplate, outlets, $"{displayRoot}/{BoilerplateFile}");
        var html = Html.HtmlOptionsLoader.Load(files, displayRoot);
        return new CleanerConfig(settings, boilerplate, outlets, languages, rules, html, Hash(files));
    }

    private static ConfigFile Required(Dictionary<string, ConfigFile> files, string name, string root) =>
        files.TryGetValue(name, out var file) ? file : throw new ConfigException($"{root}/{name}: required file is missing");

    private static T Parse<T>(ConfigFile file, Func<ConfigFile, string> display) => Parse<T>(file.Content, display(file));

    /// <summary>Strict JSON for every rules file: unknown keys rejected, errors with line, position and key.</summary>
    internal static T Parse<T>(string content, string display)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(content, Json)
                ?? throw new ConfigException($"{display}: the file holds null instead of an object");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "position unknown";
            var path = string.IsNullOrEmpty(e.Path) ? "" : $" (at {e.Path})";
            throw new ConfigException($"{display}: {where}{path}: {FirstSentence(e.Message)}", e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>A hash over every rules file, so a rules change can be told apart from a code change.</summary>
    private static string Hash(IReadOnlyList<ConfigFile> files)
    {
        var builder = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            builder.Append(file.Name).Append('\0').Append(file.Content.ReplaceLineEndings("\n")).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..16];
    }

    /// <summary>
    /// A rule's pattern, with a time limit so a pathological pattern or input fails that one document (reported)
    /// instead of hanging the run. <paramref name="compiled"/> is for patterns tried on most lines: compiling costs
    /// a few milliseconds of start-up each, which pays off only for a pattern that runs often; one behind a text
    /// gate (<see cref="GatedRegex"/>) runs on few lines and is interpreted.
    /// </summary>
    internal static Regex CompileRegex(string pattern, string where, bool compiled = true)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None), RuleSet.RegexTimeout);

            // The first match JIT-compiles a compiled pattern; doing it here keeps that cost out of the time limit
            // of whichever document happens to come first.
            regex.IsMatch("");
            return regex;
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"{where}: invalid regular expression \"{pattern}\": {e.Message}", e);
        }
    }
}

public sealed record CleanerConfig(
    PipelineSettings Settings,
    BoilerplateRules Boilerplate,
    IReadOnlyList<OutletProfile> Outlets,
    LanguageProfiles Languages,
    RuleSet Rules,
    Html.HtmlOptions Html,
    string Hash)
{
    /// <summary>The rules shipped with Cleaner.</summary>
    public static CleanerConfig LoadDefault() => ConfigLoader.Load(ConfigSources.Embedded(), "pipeline-config (embedded)");

    public static CleanerConfig LoadFrom(string directory) => ConfigLoader.Load(ConfigSources.FromDirectory(directory), directory);
}
