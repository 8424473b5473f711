using Cleaner.Core.Rules;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Rules;

public sealed class ConfigLoaderTests
{
    /// <summary>A copy of the shipped pipeline-config/ in a temp folder, to break one file at a time.</summary>
    private sealed class ConfigCopy : IDisposable
    {
        private readonly TempFolder _folder = new();

        public ConfigCopy()
        {
            foreach (var file in Directory.GetFiles(RepoPaths.PipelineConfig, "*", SearchOption.AllDirectories))
            {
                var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepoPaths.PipelineConfig, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        public string Path => _folder.Path;

        public string FilePath(string name) => System.IO.Path.Combine(Path, name);

        public void Edit(string name, string find, string replace)
        {
            var text = File.ReadAllText(FilePath(name));
            Assert.Contains(find, text);
            File.WriteAllText(FilePath(name), text.Replace(find, replace, StringComparison.Ordinal));
        }

        public ConfigException LoadFails() => Assert.Throws<ConfigException>(() => CleanerConfig.LoadFrom(Path));

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void The_shipped_rules_load_with_their_documented_values()
    {
        var config = PipelineRunner.Config;

        Assert.Equal(2.0, config.Settings.Split.StrongAnchorScore);
        Assert.Equal(25, config.Settings.Split.MinStoryWords);
        Assert.Equal(30, config.Settings.Clean.ProseMinWords);
        Assert.Contains(config.Outlets, o => o.Id == "arab-news" && o.Domains.Contains("arabnews.com"));
        Assert.Contains("en", config.Languages.Stopwords.Keys);
        Assert.True(config.Rules.StoryMarker.MatchesLine("short url"));
        Assert.True(config.Rules.Share.Matches("4 min read", "4 min read"));
        Assert.Matches("^[0-9a-f]{16}$", config.Hash);
    }

    [Fact]
    public void The_rules_built_into_the_library_are_the_ones_in_the_repository()
    {
        Assert.Equal(PipelineRunner.Config.Hash, CleanerConfig.LoadDefault().Hash);
    }

    [Fact]
    public void A_copy_of_the_shipped_folder_loads_and_hashes_the_same()
    {
        using var copy = new ConfigCopy();

        Assert.Equal(PipelineRunner.Config.Hash, CleanerConfig.LoadFrom(copy.Path).Hash);
    }

    [Fact]
    public void Any_change_to_a_rules_file_changes_the_hash()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"Short Url\", \"Follow\"", "\"Short Url\", \"Follow\", \"Share story\"");

        Assert.NotEqual(PipelineRunner.Config.Hash, CleanerConfig.LoadFrom(copy.Path).Hash);
    }

    [Fact]
    public void Broken_json_names_the_file_and_the_line()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.PipelineFile, "\"headlineMaxWords\": 30,", "\"headlineMaxWords\": 30,,");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.PipelineFile), error.Message);
        var line = File.ReadAllLines(copy.FilePath(ConfigLoader.PipelineFile)).ToList().FindIndex(l => l.Contains(",,", StringComparison.Ordinal)) + 1;
        Assert.Contains($"line {line},", error.Message);
    }

    [Fact]
    public void An_unknown_key_names_the_file_and_the_key()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.PipelineFile, "\"minStoryWords\": 25,", "\"minStoryWords\": 25,\n    \"minStroyWords\": 30,");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.PipelineFile), error.Message);
        Assert.Contains("minStroyWords", error.Message);
        Assert.Contains("line ", error.Message);
    }

    [Fact]
    public void An_unknown_key_in_the_boilerplate_file_is_rejected_too()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"shareLines\": [", "\"shareLine\": [\"Share\"],\n  \"shareLines\": [");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.BoilerplateFile), error.Message);
        Assert.Contains("shareLine", error.Message);
    }

    [Fact]
    public void A_title_byline_pattern_without_its_byline_group_is_rejected()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"titleBylinePatterns\": [", "\"titleBylinePatterns\": [\n    \"\\\\s+By\\\\s+\\\\p{Lu}{2,}$\",");

        var error = copy.LoadFails();

        Assert.Contains("titleBylinePatterns[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("(?<byline>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_regular_expression_names_the_file_the_key_and_the_pattern()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"sharePatterns\": [", "\"sharePatterns\": [\n    \"(?i)^share (this\",");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.BoilerplateFile), error.Message);
        Assert.Contains("sharePatterns[0]", error.Message);
        Assert.Contains("(?i)^share (this", error.Message);
    }

    [Fact]
    public void A_bad_regular_expression_in_a_pattern_list_names_its_index()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"datelinePatterns\": [", "\"datelinePatterns\": [\n    \"^(?<place>[A-Z]+\",");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.BoilerplateFile), error.Message);
        Assert.Contains("datelinePatterns[0]", error.Message);
    }

    [Fact]
    public void A_byline_pattern_without_a_named_group_is_rejected()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.BoilerplateFile, "\"bylinePatterns\": [", "\"bylinePatterns\": [\n    \"^By (\\\\p{Lu}.+)$\",");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.BoilerplateFile), error.Message);
        Assert.Contains("bylinePatterns[0]", error.Message);
    }

    [Theory]
    [InlineData("\"minStoryWords\": 25", "\"minStoryWords\": 0", "split.minStoryWords")]
    [InlineData("\"proseMinWords\": 30", "\"proseMinWords\": -3", "clean.proseMinWords")]
    [InlineData("\"minConfidence\": 0.5", "\"minConfidence\": 1.5", "detect.minConfidence")]
    [InlineData("\"maxControlCharRatio\": 0.02", "\"maxControlCharRatio\": -0.1", "read.maxControlCharRatio")]
    [InlineData("\"headlineMinWords\": 3", "\"headlineMinWords\": 31", "split.headlineMinWords")]
    [InlineData("\"minRunOnShare\": 0.35", "\"minRunOnShare\": 35", "read.hardWrap.minRunOnShare")]
    [InlineData("\"minWidth\": 50", "\"minWidth\": 150", "read.hardWrap.minWidth")]
    public void An_out_of_range_number_names_the_file_and_the_key(string find, string replace, string key)
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.PipelineFile, find, replace);

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.PipelineFile), error.Message);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void A_number_where_text_is_expected_names_the_file_and_the_path()
    {
        using var copy = new ConfigCopy();
        copy.Edit(ConfigLoader.PipelineFile, "\"minStoryWords\": 25", "\"minStoryWords\": \"many\"");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.PipelineFile), error.Message);
        Assert.Contains("$.split.minStoryWords", error.Message);
    }

    [Theory]
    [InlineData(ConfigLoader.PipelineFile)]
    [InlineData(ConfigLoader.BoilerplateFile)]
    [InlineData(ConfigLoader.LanguagesFile)]
    public void A_missing_required_file_is_named(string name)
    {
        using var copy = new ConfigCopy();
        File.Delete(copy.FilePath(name));

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(name), error.Message);
        Assert.Contains("required file is missing", error.Message);
    }

    [Fact]
    public void A_missing_config_folder_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cleaner-no-config-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<ConfigException>(() => CleanerConfig.LoadFrom(missing));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void An_outlet_file_must_be_named_after_its_id()
    {
        using var copy = new ConfigCopy();
        File.Move(copy.FilePath("outlets/arab-news.json"), copy.FilePath("outlets/arabnews.json"));

        var error = copy.LoadFails();

        Assert.Contains("outlets/arabnews.json", error.Message);
        Assert.Contains("arab-news.json", error.Message);
    }

    [Fact]
    public void An_outlet_signature_weight_outside_zero_to_one_names_the_signature()
    {
        using var copy = new ConfigCopy();
        copy.Edit("outlets/arab-news.json", "\"weight\": 0.55", "\"weight\": 1.55");

        var error = copy.LoadFails();

        Assert.Contains("outlets/arab-news.json", error.Message);
        Assert.Contains("signatures[0]", error.Message);
        Assert.Contains("1.55", error.Message);
    }

    [Fact]
    public void A_file_holding_null_instead_of_an_object_is_named()
    {
        using var copy = new ConfigCopy();
        File.WriteAllText(copy.FilePath(ConfigLoader.LanguagesFile), "null");

        var error = copy.LoadFails();

        Assert.Contains(copy.FilePath(ConfigLoader.LanguagesFile), error.Message);
        Assert.Contains("null", error.Message);
    }
}
