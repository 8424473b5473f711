using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages;

public sealed class AssembleStoryStageTests
{
    [Fact]
    public void A_scraper_date_prefix_in_front_of_the_first_paragraph_is_left_out_of_the_text()
    {
        var stories = PipelineRunner.RunText("""
             date 2023-09-07 (CBS DETROIT) - State police announced on Thursday that a suspect has been arrested in connection with the fires set at a patrol post.

            Officers found the suspect at a property on the river road, about two miles from the post, after a tip from a neighbour, police said.

            The suspect was considered armed and dangerous and was taken into custody without incident, according to a statement from the state police.
            """);

        var story = Assert.Single(stories);
        Assert.StartsWith("(CBS DETROIT) - State police announced", story.Text, StringComparison.Ordinal);
        Assert.Equal("2023-09-07", story.Published);
    }
}
