using Cleaner.Core.Html;
using Cleaner.Core.Rules;

namespace Cleaner.Tests.Html;

public class HtmlOptionsLoaderTests
{
    [Fact]
    public void ShippedFileLoadsAndSetsEveryList()
    {
        var options = HtmlOptionsLoader.LoadDefault();

        Assert.Contains("script", options.Pruning.RemovedTags);
        Assert.Contains("share", options.Hints.Unlikely);
        Assert.Contains("NewsArticle", options.Metadata.JsonLdArticleTypes);
        Assert.True(options.Limits.MaxNestingDepth > 100);
    }

    [Fact]
    public void RepositoryFileMatchesTheEmbeddedCopy()
    {
        var onDisk = HtmlOptionsLoader.Load(ConfigSources.FromDirectory(Support.RepoPaths.PipelineConfig));

        Assert.Equal(HtmlOptionsLoader.LoadDefault().Hints.Negative, onDisk.Hints.Negative);
    }

    [Fact]
    public void UnknownKeyIsRejectedWithFileAndKey()
    {
        var error = Assert.Throws<ConfigException>(() => HtmlOptionsLoader.Parse("""{ "limits": { "maxNestingDeph": 10 } }""", "pipeline-config/html.json"));

        Assert.Contains("pipeline-config/html.json", error.Message);
        Assert.Contains("maxNestingDeph", error.Message);
    }

    [Fact]
    public void OutOfRangeValueIsRejectedWithKey()
    {
        var error = Assert.Throws<ConfigException>(() => HtmlOptionsLoader.Parse("""{ "metadata": { "jsonLdArticleTypes": ["NewsArticle"] }, "scoring": { "siblingShare": 3 } }""", "html.json"));

        Assert.Contains("scoring.siblingShare", error.Message);
    }

    [Fact]
    public void HintWordsMustBeLowercase()
    {
        var error = Assert.Throws<ConfigException>(() => HtmlOptionsLoader.Parse("""{ "metadata": { "jsonLdArticleTypes": ["NewsArticle"] }, "hints": { "negative": ["Share"] } }""", "html.json"));

        Assert.Contains("hints.negative[0]", error.Message);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var error = Assert.Throws<ConfigException>(() => HtmlOptionsLoader.Load([new ConfigFile("pipeline.json", "{}")]));

        Assert.Contains("html.json", error.Message);
    }
}
