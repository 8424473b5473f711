using Cleaner.Core.Rules;
using Cleaner.Core.Stages;
using Cleaner.Core.Stages.Lines;
using Cleaner.Core.Stages.Outlets;
using Cleaner.Core.Text;
using Cleaner.Tests.Support;
using static Cleaner.Tests.Stages.Outlets.OutletTestSupport;

namespace Cleaner.Tests.Stages;

public sealed class DetectOutletStageTests
{
    private static readonly LineAnalyzer Analyzer = new(ShippedConfig.Rules);

    [Fact]
    public void The_analysed_key_is_reused_only_for_a_line_read_whole()
    {
        string[] lines = ["  Arab News  ", "  • Arab News", "date 2025-03-24 Arab News", "ARAB  NEWS", "•\t- Arab News", "Gulf News"];
        var analyzed = Analyzer.Analyze(lines);

        Assert.Equal("arab news", DetectOutletStage.KeyAsRead(lines[0], analyzed[0]));
        Assert.Equal("arab news", DetectOutletStage.KeyAsRead(lines[1], analyzed[1]));
        Assert.Null(DetectOutletStage.KeyAsRead(lines[2], analyzed[2]));
        Assert.Equal("arab news", DetectOutletStage.KeyAsRead(lines[3], analyzed[3]));
        Assert.Null(DetectOutletStage.KeyAsRead(lines[4], analyzed[4]));
        Assert.Null(DetectOutletStage.KeyAsRead(lines[5], analyzed[0]));
    }

    [Fact]
    public void A_reused_key_is_always_the_key_of_the_line_as_read()
    {
        var lines = AllSampleLines();
        var analyzed = Analyzer.Analyze(lines);

        var reused = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (DetectOutletStage.KeyAsRead(lines[i], analyzed[i]) is { } key)
            {
                Assert.Equal(LineText.Key(lines[i]), key);
                reused++;
            }
        }

        Assert.True(reused > lines.Count * 9 / 10, $"only {reused} of {lines.Count} keys reused");
    }

    [Fact]
    public void Known_keys_change_no_page_verdict()
    {
        var detector = new OutletDetector(ShippedConfig);
        var pages = Directory.EnumerateFiles(SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories))
            .Select(ReadLines)
            .ToList();

        foreach (var lines in pages)
        {
            var analyzed = Analyzer.Analyze(lines);
            var unkeyed = detector.ScanPage(lines);
            var keyed = detector.ScanPage(lines, i => DetectOutletStage.KeyAsRead(lines[i], analyzed[i]));

            Assert.Equal(unkeyed.Outlet.Id, keyed.Outlet.Id);
            Assert.Equal(unkeyed.Outlet.Evidence, keyed.Outlet.Evidence);
            Assert.Equal(unkeyed.Scores, keyed.Scores);
        }
    }

    [Fact]
    public void A_line_is_a_copy_only_of_an_earlier_line_read_exactly_like_it()
    {
        string[] lines = ["Share", "Harbour ferries resume", "share", "Share", "", "Harbour ferries resume", ""];

        var copies = DetectOutletStage.EarlierCopies(lines, Analyzer.Analyze(lines));

        Assert.Equal([-1, -1, -1, 0, -1, 1, 4], copies);
    }

    [Fact]
    public void Skipping_copies_changes_no_page_verdict()
    {
        var detector = new OutletDetector(ShippedConfig);
        foreach (var lines in AllSamplePages())
        {
            var analyzed = Analyzer.Analyze(lines);
            var copies = DetectOutletStage.EarlierCopies(lines, analyzed);
            var whole = detector.ScanPage(lines);
            var skipping = detector.ScanPage(lines, knownKey: null, i => copies[i]);

            Assert.Equal(whole.Outlet.Id, skipping.Outlet.Id);
            Assert.Equal(whole.Outlet.Evidence, skipping.Outlet.Evidence);
            Assert.Equal(whole.Scores, skipping.Scores);
            Assert.Equal(whole.CreditCandidates, skipping.CreditCandidates);
        }
    }

    [Fact]
    public void A_credit_line_printed_again_credits_the_story_it_stands_in()
    {
        const string credit = "Times of Israel staff contributed to this report.";
        string[] lines =
        [
            "Water authority extends pumping station hours", "", "The water authority will keep its pumping stations open longer this week.", "", credit, "",
            "Council delays tram vote", "", "The council put off its vote on the tram line until the spring session.", "", credit,
        ];
        var analyzed = Analyzer.Analyze(lines);
        var copies = DetectOutletStage.EarlierCopies(lines, analyzed);
        var detector = new OutletDetector(ShippedConfig);

        var page = detector.ScanPage(lines, knownKey: null, i => copies[i]);

        Assert.Equal(4, copies[10]);
        Assert.Equal("times-of-israel", detector.Detect(page, 6, lines.Length).Id);
    }

    private static List<IReadOnlyList<string>> AllSamplePages() =>
        Directory.EnumerateFiles(SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories))
            .Select(ReadLines)
            .ToList();

    private static List<string> AllSampleLines() =>
        Directory.EnumerateFiles(SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories))
            .SelectMany(ReadLines)
            .ToList();
}
