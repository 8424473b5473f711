using Cleaner.Cli.Progress;

namespace Cleaner.Tests.Cli.Progress;

public sealed class ProgressLineTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void A_line_with_known_totals_shows_share_speed_stories_and_eta_by_bytes()
    {
        var progress = new ProgressSnapshot(InputsDone: 340, InputsTotal: 1000, TotalKnown: true, BytesDone: 250 * Mb, BytesTotal: 1000 * Mb, Skipped: 0, Stories: 812);

        var line = ProgressLine.Render(progress, TimeSpan.FromSeconds(10));

        // A quarter of the bytes in 10 s: three quarters more take 30 s.
        Assert.Equal("340/1000 inputs (25%) | 25.0 MB/s | 812 stories | ETA 0:30", line);
    }

    [Fact]
    public void Without_sizes_the_share_and_eta_go_by_inputs()
    {
        var progress = new ProgressSnapshot(10, 40, true, 0, 0, 0, 1);

        Assert.Equal("10/40 inputs (25%) | 0.0 MB/s | 1 story | ETA 1:30", ProgressLine.Render(progress, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void While_inputs_are_still_being_found_there_is_no_share_and_no_eta()
    {
        var progress = new ProgressSnapshot(12, 40, false, 3 * Mb, 50 * Mb, 0, 20);

        Assert.Equal("12/40+ inputs | 1.5 MB/s | 20 stories | ETA --:--", ProgressLine.Render(progress, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Unchanged_inputs_are_shown_when_there_are_any()
    {
        var progress = new ProgressSnapshot(5, 10, true, 5 * Mb, 10 * Mb, 1200, 9);

        Assert.Equal("5/10 inputs (50%) | 1200 unchanged | 1.0 MB/s | 9 stories | ETA 0:05", ProgressLine.Render(progress, TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(0.10, 1200, "3:00:00")] // 10% in 20 min: 3 hours to go
    [InlineData(0.50, 125, "2:05")]
    [InlineData(1.00, 60, "0:00")]
    [InlineData(0.001, 3600, ">99h")]
    [InlineData(0.00, 60, "--:--")]
    public void Eta_is_the_rest_at_the_average_speed_so_far(double fraction, int elapsedSeconds, string expected)
    {
        var progress = new ProgressSnapshot(0, 1, true, (long)(fraction * 1_000_000), 1_000_000, 0, 0);

        Assert.Equal(expected, ProgressLine.Eta(progress, fraction, TimeSpan.FromSeconds(elapsedSeconds)));
    }

    [Fact]
    public void At_the_very_start_speed_is_zero_and_eta_unknown()
    {
        var progress = new ProgressSnapshot(0, 100, true, 0, 100 * Mb, 0, 0);

        Assert.Equal("0/100 inputs (0%) | 0.0 MB/s | 0 stories | ETA --:--", ProgressLine.Render(progress, TimeSpan.Zero));
    }

    [Fact]
    public void The_line_stays_short_of_the_terminal_width()
    {
        var progress = new ProgressSnapshot(340, 1000, true, 250 * Mb, 1000 * Mb, 0, 812);

        var line = ProgressLine.Render(progress, TimeSpan.FromSeconds(10), width: 30);

        Assert.Equal(29, line.Length);
        Assert.Equal("340/1000 inputs (25%) | 25.0 ", line);
    }
}
