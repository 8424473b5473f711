using Cleaner.Core.Stages.Lines;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages.Lines;

public sealed class LineShapeTests
{
    private static readonly LineAnalyzer Analyzer = new(PipelineRunner.Config.Rules);
    private static readonly LineShape Shape = new(PipelineRunner.Config.Settings);

    [Theory]
    [InlineData("Is the Uber Problem Changing How Startups Treat Privacy? Not Much.", true)]
    [InlineData("Council Votes to Reopen the Old Ferry Crossing", true)]
    [InlineData("Council votes to reopen the old ferry crossing", true)]
    [InlineData("The council voted on Tuesday to reopen the old ferry crossing.", false)]
    [InlineData("Mr. Smith.", false)]
    [InlineData("Watch free highlights of the draw using the link below — Sky Sports Premier League (@SkySportsPL) July 14, 2020", false)]
    public void A_full_stop_ends_a_headline_only_in_title_case_and_a_social_post_is_none(string text, bool headline)
    {
        Assert.Equal(headline, Shape.IsHeadline(Analyzer.Analyze(0, text)));
    }

    [Theory]
    [InlineData("Is the Uber Problem Changing How Startups Treat Privacy? Not Much.", true)]
    [InlineData("Are the startups of 2014 learning anything from Uber's troubles?", false)]
    public void Only_a_title_cased_headline_is_never_taken_for_a_sentence(string text, bool titleCase)
    {
        Assert.Equal(titleCase, Shape.IsTitleCaseHeadline(Analyzer.Analyze(0, text)));
    }
}
