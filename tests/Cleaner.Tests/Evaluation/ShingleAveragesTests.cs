using Cleaner.Core.Evaluation;

namespace Cleaner.Tests.Evaluation;

public sealed class ShingleAveragesTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Precision_is_averaged_only_over_documents_with_output()
    {
        var averages = ShingleAverages.Of(
        [
            new ShingleScore(1, 0, 1), // P 1,   R 0.5
            new ShingleScore(0, 0, 3), // no output: R 0 only
            new ShingleScore(1, 1, 0), // P 0.5, R 1
        ]);

        Assert.Equal(0.75, averages.Precision, Tolerance);
        Assert.Equal(0.5, averages.Recall, Tolerance);
        Assert.Equal(0.6, averages.F1, Tolerance);
    }

    [Fact]
    public void Output_without_reference_lowers_precision_only()
    {
        var averages = ShingleAverages.Of([new ShingleScore(2, 0, 0), new ShingleScore(0, 5, 0)]);

        Assert.Equal(0.5, averages.Precision, Tolerance);
        Assert.Equal(1.0, averages.Recall, Tolerance);
    }

    [Fact]
    public void F1_comes_from_the_means_not_from_per_document_f1()
    {
        // Per-document F1 would be 2/3 and 2/3; the benchmark takes the harmonic mean of mean P (0.75) and mean R (0.75).
        var averages = ShingleAverages.Of([new ShingleScore(1, 0, 1), new ShingleScore(1, 1, 0)]);

        Assert.Equal(0.75, averages.F1, Tolerance);
    }

    [Fact]
    public void Nothing_to_average_gives_zero()
    {
        Assert.Equal(new ShingleAverages(0, 0, 0), ShingleAverages.Of([]));
    }
}
