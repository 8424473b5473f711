using Cleaner.Core.Evaluation;

namespace Cleaner.Tests.Evaluation;

public sealed class ShingleScoreTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Identical_texts_score_one()
    {
        var score = ShingleScore.Score("The minister met his counterpart in Washington on Tuesday.", "The minister met his counterpart in Washington on Tuesday.");

        Assert.Equal(new ShingleScore(6, 0, 0), score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Disjoint_texts_score_zero()
    {
        var score = ShingleScore.Score("one two three four five", "six seven eight nine ten");

        Assert.Equal(new ShingleScore(0, 2, 2), score);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Partial_overlap_counts_shared_shingles()
    {
        // gold shingles: 1234 2345 3456 4567; predicted: 0123 1234 2345
        var score = ShingleScore.Score("one two three four five six seven", "zero one two three four five");

        Assert.Equal(new ShingleScore(2, 1, 2), score);
        Assert.Equal(2.0 / 3, score.Precision, Tolerance);
        Assert.Equal(0.5, score.Recall, Tolerance);
        Assert.Equal(4.0 / 7, score.F1, Tolerance);
    }

    [Fact]
    public void Truncated_prediction_has_full_precision_and_partial_recall()
    {
        var score = ShingleScore.Score("a b c d e f", "a b c d e");

        Assert.Equal(new ShingleScore(2, 0, 1), score);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, Tolerance);
        Assert.Equal(0.8, score.F1, Tolerance);
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        // gold: abcd x2, bcda, cdab, dabc; predicted: abcd x3, bcda x2, cdab x2, dabc x2
        var score = ShingleScore.Score("a b c d a b c d", "a b c d a b c d a b c d");

        Assert.Equal(new ShingleScore(5, 4, 0), score);
        Assert.Equal(5.0 / 9, score.Precision, Tolerance);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void A_repeat_is_not_credited_beyond_its_gold_count()
    {
        var score = ShingleScore.Score("a b c d a b c d", "a b c d");

        Assert.Equal(new ShingleScore(1, 0, 4), score);
        Assert.Equal(0.2, score.Recall, Tolerance);
    }

    [Fact]
    public void Text_under_four_words_is_one_short_shingle()
    {
        Assert.Equal(new ShingleScore(1, 0, 0), ShingleScore.Score("Hello world", "Hello, world!"));
        Assert.Equal(new ShingleScore(0, 1, 1), ShingleScore.Score("Hello world", "Hello world again"));
        Assert.Equal(1, ShingleCounts.Of("Hello world").CountOf("Hello world"));
    }

    [Fact]
    public void Empty_prediction_scores_zero_and_has_no_output()
    {
        var score = ShingleScore.Score("a b c d e", "");

        Assert.Equal(new ShingleScore(0, 0, 2), score);
        Assert.False(score.HasOutput);
        Assert.True(score.HasReference);
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Two_empty_texts_agree_fully_but_take_part_in_no_average()
    {
        var score = ShingleScore.Score("", " -- ");

        Assert.Equal(new ShingleScore(0, 0, 0), score);
        Assert.Equal(1.0, score.F1);
        Assert.False(score.HasOutput);
        Assert.False(score.HasReference);
    }

    [Fact]
    public void Words_compare_case_sensitively()
    {
        Assert.Equal(0.0, ShingleScore.Score("The cat sat down", "the cat sat down").F1);
    }

    [Fact]
    public void Punctuation_and_line_breaks_do_not_matter()
    {
        Assert.Equal(1.0, ShingleScore.Score("U.S. talks — on Tuesday.\n\nThey ended.", "U S talks on Tuesday They ended").F1);
    }
}
