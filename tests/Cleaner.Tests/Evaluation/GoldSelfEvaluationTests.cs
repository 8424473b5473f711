using Cleaner.Core.Evaluation;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Evaluation;

public sealed class GoldSelfEvaluationTests
{
    [SharedFact("gold")]
    public void Gold_evaluated_against_itself_is_perfect()
    {
        var gold = Path.Combine(RepoPaths.Shared!, "gold");

        var report = EvaluationRunner.Evaluate(gold, gold);

        Assert.Equal(Directory.GetFiles(gold, "*.json").Length, report.Overall.Dumps);
        Assert.True(report.Overall.GoldStories > 0);
        Assert.Equal(1.0, report.Overall.F1);
        Assert.Equal(1.0, report.Overall.Precision);
        Assert.Equal(1.0, report.Overall.Recall);
        Assert.Equal(1.0, report.Overall.MinStoryF1);
        Assert.Equal(1.0, report.Overall.StoryCountExactRate);
        Assert.Equal(0, report.Overall.MissingStories + report.Overall.ExtraStories);
        Assert.All(report.Overall.FieldExactRates, rate => Assert.Equal(1.0, rate.Rate));
        Assert.All(report.Stories, story => Assert.Equal(story.GoldStory, story.PredictedStory));
        Assert.Empty(report.DumpsNotInGold);
    }
}
