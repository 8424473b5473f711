using System.Globalization;
using System.Text;

namespace Cleaner.Core.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as fixed-width text for a terminal.</summary>
internal static class EvaluationTable
{
    private const int TitleWidth = 48;
    private const string Ellipsis = "…";
    private const string Gap = "  ";

    public static string Format(EvaluationReport report)
    {
        var text = new StringBuilder();
        AppendStories(text, report.Stories);
        text.AppendLine();
        AppendDumps(text, report.Dumps);
        text.AppendLine();
        AppendOverall(text, report.Overall);
        if (report.DumpsNotInGold.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Not in gold (not scored): " + string.Join(", ", report.DumpsNotInGold));
        }

        return text.ToString();
    }

    private static void AppendStories(StringBuilder text, IReadOnlyList<StoryResult> stories)
    {
        var dumpWidth = Math.Max("Dump".Length, stories.Select(s => s.Dump.Length).DefaultIfEmpty(0).Max());
        text.AppendLine("Stories");
        text.AppendLine(Row(
            "Dump".PadRight(dumpWidth), "Gold".PadLeft(4), "Pred".PadLeft(4), "Title".PadRight(TitleWidth),
            "P".PadLeft(5), "R".PadLeft(5), "F1".PadLeft(5), "Mismatched"));
        foreach (var story in stories)
        {
            text.AppendLine(Row(
                story.Dump.PadRight(dumpWidth),
                Number(story.GoldStory).PadLeft(4),
                Number(story.PredictedStory).PadLeft(4),
                Truncate(story.Title, TitleWidth).PadRight(TitleWidth),
                Score(story.Score.Precision),
                Score(story.Score.Recall),
                Score(story.Score.F1),
                Problems(story)).TrimEnd());
        }
    }

    private static void AppendDumps(StringBuilder text, IReadOnlyList<DumpResult> dumps)
    {
        var dumpWidth = Math.Max("Dump".Length, dumps.Select(d => d.Dump.Length).DefaultIfEmpty(0).Max());
        text.AppendLine("Dumps");
        text.AppendLine(Row("Dump".PadRight(dumpWidth), "Gold", "Pred", "Missing", "Extra", "Count"));
        foreach (var dump in dumps)
        {
            text.AppendLine(Row(
                dump.Dump.PadRight(dumpWidth),
                Count(dump.GoldStories).PadLeft(4),
                Count(dump.PredictedStories).PadLeft(4),
                Count(dump.Missing).PadLeft(7),
                Count(dump.Extra).PadLeft(5),
                dump.StoryCountMatches ? "ok" : "differs"));
        }
    }

    private static void AppendOverall(StringBuilder text, OverallResult overall)
    {
        const int labelWidth = 22;
        void Line(string label, string value) => text.AppendLine(label.PadRight(labelWidth) + value);

        text.AppendLine("Overall");
        Line("Gold stories", Count(overall.GoldStories));
        Line("Predicted stories", Count(overall.PredictedStories));
        Line("Matched", Count(overall.MatchedStories));
        Line("Missing", Count(overall.MissingStories));
        Line("Extra", Count(overall.ExtraStories));
        Line("Precision (mean)", Score(overall.Precision));
        Line("Recall (mean)", Score(overall.Recall));
        Line("F1", Score(overall.F1));
        Line("Min story F1", overall.MinStoryF1 is { } min ? Score(min) : "-");
        var countExact = overall.Dumps == 0 ? 0 : (int)Math.Round(overall.StoryCountExactRate * overall.Dumps);
        Line("Story count exact", $"{Score(overall.StoryCountExactRate)}  ({Count(countExact)}/{Count(overall.Dumps)} dumps)");
        text.AppendLine("Field exact (matched stories)");
        foreach (var rate in overall.FieldExactRates)
        {
            Line("  " + rate.Field, $"{Score(rate.Rate)}  ({Count(rate.Exact)}/{Count(rate.Compared)})");
        }
    }

    private static string Problems(StoryResult story) => story.Outcome switch
    {
        StoryOutcome.Missing => "MISSING",
        StoryOutcome.Extra => "EXTRA",
        _ when story.MismatchedFields.Count == 0 => "-",
        _ => string.Join(",", story.MismatchedFields),
    };

    private static string Row(params string[] cells) => string.Join(Gap, cells);

    private static string Truncate(string title, int width)
    {
        var oneLine = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= width)
        {
            return oneLine;
        }

        var cut = width - Ellipsis.Length;
        if (char.IsLowSurrogate(oneLine[cut]))
        {
            cut--;
        }

        return oneLine[..cut] + Ellipsis;
    }

    private static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } number ? Count(number) : "-";
}
