
namespace Cleaner.Cli.Progress;

/// <summary>
/// The progress line's text, e.g. <c>340/1000 inputs (34%) | 1200 unchanged | 35.2 MB/s | 812 stories | ETA 4:05</c>.
/// The share done is by bytes when sizes are known (inputs vary a lot in size), else by inputs; the ETA assumes
/// the rest goes at the average speed so far.
/// </summary>
public static class ProgressLine
{
    private const double Megabyte = 1024 * 1024;

    public static string Render(ProgressSnapshot progress, TimeSpan elapsed, int width = int.MaxValue)
    {
        var parts = new List<string>(5);
        var fraction = Fraction(progress);
        parts.Add(progress.TotalKnown
            ? FormattableString.Invariant($"{progress.InputsDone}/{progress.InputsTotal} inputs ({Math.Floor(fraction * 100):0}%)")
            : FormattableString.Invariant($"{progress.InputsDone}/{progress.InputsTotal}+ inputs"));
        if (progress.Skipped > 0)
        {
            parts.Add(FormattableString.Invariant($"{progress.Skipped} unchanged"));
        }

        var seconds = elapsed.TotalSeconds;
        parts.Add(FormattableString.Invariant($"{(seconds > 0 ? progress.BytesDone / Megabyte / seconds : 0):0.0} MB/s"));
        parts.Add(FormattableString.Invariant($"{progress.Stories} {(progress.Stories == 1 ? "story" : "stories")}"));
        parts.Add("ETA " + Eta(progress, fraction, elapsed));

        var line = string.Join(" | ", parts);

        // Stay short of the last column: a terminal that wraps the line breaks the carriage-return redraw.
        return width > 1 && line.Length >= width ? line[..(width - 1)] : line;
    }

    /// <summary>The remaining time as m:ss or h:mm:ss; <c>--:--</c> while it cannot be estimated yet.</summary>
    public static string Eta(ProgressSnapshot progress, double fraction, TimeSpan elapsed)
    {
        if (!progress.TotalKnown || fraction <= 0 || elapsed <= TimeSpan.Zero)
        {
            return "--:--";
        }

        var remaining = fraction >= 1 ? 0 : Math.Round(elapsed.TotalSeconds * (1 - fraction) / fraction);
        if (remaining >= 100 * 3600)
        {
            return ">99h";
        }

        var time = TimeSpan.FromSeconds(remaining);
        return time.TotalHours >= 1
            ? FormattableString.Invariant($"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : FormattableString.Invariant($"{time.Minutes}:{time.Seconds:00}");
    }

    private static double Fraction(ProgressSnapshot progress)
    {
        var fraction = progress.BytesTotal > 0 ? (double)progress.BytesDone / progress.BytesTotal
            : progress.InputsTotal > 0 ? (double)progress.InputsDone / progress.InputsTotal
            : 0;
        return Math.Clamp(fraction, 0, 1);
    }
}
