using System.Buffers;
using Cleaner.Core.Stages.Lines;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages.Lines;

public sealed class KeyTallyTests
{
    private static readonly LineAnalyzer Analyzer = new(PipelineRunner.Config.Rules);

    private static readonly string[] Page =
    [
        "Storm hits coast", "", "Residents flee", "• STORM  hits coast", "", "Residents flee", "Storm hits coast.",
    ];

    [Fact]
    public void Counts_the_lines_of_the_stretch_by_key_and_only_those()
    {
        var lines = Analyzer.Analyze(Page);

        using var tally = new KeyTally(lines, 2, 6, blankLines: true);

        Assert.Equal(2, tally.Of(lines[2]));
        Assert.Equal(1, tally.Of(lines[3]));
        Assert.Equal(1, tally.Of(lines[4]));
    }

    [Fact]
    public void Blank_lines_are_counted_only_when_asked_for()
    {
        var lines = Analyzer.Analyze(Page);

        using (var withBlanks = new KeyTally(lines, 0, lines.Count, blankLines: true))
        {
            Assert.Equal(2, withBlanks.Of(lines[1]));
        }

        using var withoutBlanks = new KeyTally(lines, 0, lines.Count, blankLines: false);
        Assert.Equal(0, withoutBlanks.Of(lines[1]));
        Assert.Equal(2, withoutBlanks.Of(lines[0]));
    }

    [Fact]
    public void A_table_returned_dirty_to_the_pool_does_not_leak_into_the_next_count()
    {
        var lines = Analyzer.Analyze(Page);
        var dirty = ArrayPool<int>.Shared.Rent(8);
        Array.Fill(dirty, 1000);
        ArrayPool<int>.Shared.Return(dirty);

        using var tally = new KeyTally(lines, 0, lines.Count, blankLines: true);

        Assert.Equal(2, tally.Of(lines[0]));
        Assert.Equal(2, tally.Of(lines[2]));
        Assert.Equal(1, tally.Of(lines[6]));
    }
}
