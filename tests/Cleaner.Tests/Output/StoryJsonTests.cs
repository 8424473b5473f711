using System.Text;
using Cleaner.Core.Output;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Output;

public sealed class StoryJsonTests
{
    [Fact]
    public void Forms_differ_only_in_layout_and_keep_non_ascii_text_readable()
    {
        var story = PipelineRunner.Run(RepoPaths.Fixtures).Stories.First(s => s.Text.Any(c => c > 127));

        var line = StoryJson.ToLine(story);
        var file = StoryJson.ToFileText(story);

        Assert.DoesNotContain('\n', line);
        Assert.EndsWith("}\n", file, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"id\": ", file, StringComparison.Ordinal);
        Assert.Equal(line, StoryJson.ToLine(StoryJson.Parse(line)!));
        Assert.Equal(line, StoryJson.ToLine(StoryJson.Parse(file)!));
        Assert.Contains(story.Text.First(c => c > 127), line);
        Assert.Equal(Encoding.UTF8.GetBytes(line), StoryJson.ToLineBytes(story));
    }

    [Fact]
    public void A_story_rendered_after_a_very_long_one_comes_out_the_same()
    {
        var story = PipelineRunner.Run(RepoPaths.Fixtures).Stories[0];
        var before = StoryJson.ToLineBytes(story);

        var huge = story with { Text = string.Concat(Enumerable.Repeat("A very long paragraph of running text. ", 60_000)) };
        var hugeLine = StoryJson.ToLine(huge);
        Assert.Equal(huge.Text, StoryJson.Parse(hugeLine)!.Text);

        Assert.Equal(before, StoryJson.ToLineBytes(story));
        Assert.Equal(StoryJson.ToFileBytes(story), StoryJson.ToFileBytes(story));
    }
}
