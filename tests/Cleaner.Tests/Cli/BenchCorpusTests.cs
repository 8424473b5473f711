using Cleaner.Cli.Bench;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Cli;

/// <summary>The benchmark measures real work only if its corpus is made of pages the pipeline really cleans.</summary>
public sealed class BenchCorpusTests
{
    [Fact]
    public void The_text_corpus_is_varied_seed_dumps_that_split_into_several_stories_each()
    {
        using var folder = new TempFolder();
        var (files, bytes) = new CorpusGenerator(seed: 1).Write(folder.Path, 300_000);

        var (stories, summary) = PipelineRunner.Run(folder.Path);

        Assert.True(bytes >= 300_000);
        Assert.Equal(0, summary.Failed);
        Assert.True(stories.Count > files, $"{stories.Count} stories from {files} dumps");
        Assert.Equal(stories.Count, stories.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void The_html_corpus_gives_one_story_per_page_without_its_navigation_or_boxes()
    {
        using var folder = new TempFolder();
        var (files, _) = new CorpusGenerator(seed: 1, html: true).Write(folder.Path, 300_000);

        var (stories, summary) = PipelineRunner.Run(folder.Path);

        Assert.Equal(0, summary.Failed);
        Assert.Equal(files, stories.Count);
        Assert.All(stories, story =>
        {
            Assert.Equal("html", story.Source.Format);
            Assert.DoesNotContain("Related headline number", story.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("window.__cfg", story.Text, StringComparison.Ordinal);
            Assert.True(story.WordCount > 50);
        });
    }
}
