using Cleaner.Core.Evaluation;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class StoryMatcherTests
{
    [Fact]
    public void Pairs_by_text_and_leaves_missing_and_extra_stories()
    {
        var gold = new[] { FirstText, SecondText, ThirdText };
        var predicted = new[] { SecondText[..60], UnrelatedText, FirstText };

        var matching = StoryMatcher.Match(gold, predicted);

        Assert.Equal([(0, 2), (1, 0)], matching.Pairs.Select(p => (p.GoldIndex, p.PredictedIndex)));
        Assert.Equal(1.0, matching.Pairs[0].Score.F1);
        Assert.True(matching.Pairs[1].Score.F1 is > 0 and < 1);
        Assert.Equal([2], matching.MissingGoldIndexes);
        Assert.Equal([1], matching.ExtraPredictedIndexes);
    }

    [Fact]
    public void Best_pair_wins_even_when_an_earlier_gold_story_also_overlaps()
    {
        // Prediction 0 overlaps both gold stories; it belongs to gold 1, which it matches exactly.
        var gold = new[] { FirstText + " " + SecondText, SecondText };
        var predicted = new[] { SecondText };

        var matching = StoryMatcher.Match(gold, predicted);

        Assert.Equal([(1, 0)], matching.Pairs.Select(p => (p.GoldIndex, p.PredictedIndex)));
        Assert.Equal([0], matching.MissingGoldIndexes);
    }

    [Fact]
    public void Ties_go_to_the_earlier_story()
    {
        var matching = StoryMatcher.Match([FirstText, FirstText], [FirstText]);

        Assert.Equal([(0, 0)], matching.Pairs.Select(p => (p.GoldIndex, p.PredictedIndex)));
        Assert.Equal([1], matching.MissingGoldIndexes);
        Assert.Empty(matching.ExtraPredictedIndexes);
    }

    [Fact]
    public void Stories_sharing_no_shingle_are_not_paired()
    {
        var matching = StoryMatcher.Match([FirstText], [UnrelatedText]);

        Assert.Empty(matching.Pairs);
        Assert.Equal([0], matching.MissingGoldIndexes);
        Assert.Equal([0], matching.ExtraPredictedIndexes);
    }
}
