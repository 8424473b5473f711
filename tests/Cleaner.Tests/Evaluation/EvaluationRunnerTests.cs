using System.Text.Json;
using Cleaner.Core.Evaluation;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    private const double Tolerance = 1e-12;

    // Dump 000: both stories found (the second one cut short and mis-titled) plus one extra.
    // Dump 001: nothing predicted. Dump 999: predicted but not in gold.
    private static EvaluationReport Sample()
    {
        var gold = new[]
        {
            new StoryDump("000_a.txt", [Story("One", "a b c d e f"), Story("Two", SecondText)]),
            new StoryDump("001_b.txt", [Story("Three", ThirdText)]),
        };
        var predicted = new[]
        {
            new StoryDump("999_z.txt", [Story("Elsewhere", ThirdText)]),
            new StoryDump("000_a.txt", [Story("Two", SecondText), Story("Uno", "a b c d e"), Story("Menu", UnrelatedText)]),
        };
        return EvaluationRunner.Evaluate(gold, predicted);
    }

    [Fact]
    public void Reports_each_gold_story_and_each_extra_prediction()
    {
        var rows = Sample().Stories;

        Assert.Equal(
            [
                ("000_a.txt", (int?)1, (int?)2, "One", StoryOutcome.Matched),
                ("000_a.txt", 2, 1, "Two", StoryOutcome.Matched),
                ("000_a.txt", null, 3, "Menu", StoryOutcome.Extra),
                ("001_b.txt", 1, null, "Three", StoryOutcome.Missing),
            ],
            rows.Select(r => (r.Dump, r.GoldStory, r.PredictedStory, r.Title, r.Outcome)));
        Assert.Equal([StoryFields.Title], rows[0].MismatchedFields);
        Assert.Empty(rows[1].MismatchedFields);
        Assert.Equal(new ShingleScore(2, 0, 1), rows[0].Score);
    }

    [Fact]
    public void A_gold_file_name_finds_the_prediction_below_an_input_folder_and_refuses_an_ambiguous_one()
    {
        IReadOnlyList<StoryDump> gold = [new StoryDump("d.txt", [Story("One", FirstText)])];

        var report = EvaluationRunner.Evaluate(gold, [new StoryDump("batch-1/d.txt", [Story("One", FirstText)])]);
        Assert.Equal(1.0, report.Overall.F1);
        Assert.Empty(report.DumpsNotInGold);

        Assert.Throws<EvaluationInputException>(() => EvaluationRunner.Evaluate(
            gold, [new StoryDump("a/d.txt", [Story("One", FirstText)]), new StoryDump("b/d.txt", [Story("One", FirstText)])]));
    }

    [Fact]
    public void Counts_per_dump_and_ignores_dumps_not_in_gold()
    {
        var report = Sample();

        Assert.Equal(
            [new DumpResult("000_a.txt", 2, 3, 0, 1), new DumpResult("001_b.txt", 1, 0, 1, 0)],
            report.Dumps);
        Assert.Equal(["999_z.txt"], report.DumpsNotInGold);
    }

    [Fact]
    public void Overall_uses_benchmark_averaging_over_gold_and_extra_stories()
    {
        var overall = Sample().Overall;

        // Precision over stories with output: 1, 1, 0 (extra). Recall over gold stories: 2/3, 1, 0 (missing).
        Assert.Equal(2.0 / 3, overall.Precision, Tolerance);
        Assert.Equal(5.0 / 9, overall.Recall, Tolerance);
        Assert.Equal(20.0 / 33, overall.F1, Tolerance);
        Assert.Equal(3, overall.GoldStories);
        Assert.Equal(3, overall.PredictedStories);
        Assert.Equal(2, overall.MatchedStories);
        Assert.Equal(1, overall.MissingStories);
        Assert.Equal(1, overall.ExtraStories);
        Assert.Equal(0.0, overall.StoryCountExactRate);
        Assert.Equal(0.0, overall.MinStoryF1);
        Assert.Equal(0.5, overall.FieldRate(StoryFields.Title));
        Assert.Equal(1.0, overall.FieldRate(StoryFields.Tags));
        Assert.Equal(StoryFields.All, overall.FieldExactRates.Select(r => r.Field));
    }

    [Fact]
    public void Table_shows_stories_dumps_and_totals()
    {
        var table = Sample().FormatTable();

        Assert.Contains("001_b.txt     1     -  Three", table);
        Assert.Contains("MISSING", table);
        Assert.Contains("EXTRA", table);
        Assert.Matches(@"000_a\.txt\s+1\s+2\s+One\s+1\.000\s+0\.667\s+0\.800\s+title", table);
        Assert.Matches(@"F1\s+0\.606", table);
        Assert.Matches(@"Story count exact\s+0\.000\s+\(0/2 dumps\)", table);
        Assert.Matches(@"title\s+0\.500\s+\(1/2\)", table);
        Assert.Contains("Not in gold (not scored): 999_z.txt", table);
    }

    [Fact]
    public void Long_titles_are_truncated_in_the_table_but_not_in_json()
    {
        var title = new string('x', 120);
        var report = EvaluationRunner.Evaluate(
            [new StoryDump("d.txt", [Story(title, FirstText)])], [new StoryDump("d.txt", [Story(title, FirstText)])]);

        Assert.DoesNotContain(title, report.FormatTable());
        Assert.Contains(new string('x', 47) + "…", report.FormatTable());
        Assert.Contains(title, report.ToJson());
    }

    [Fact]
    public void Json_carries_the_same_numbers()
    {
        using var json = JsonDocument.Parse(Sample().ToJson());
        var root = json.RootElement;

        Assert.Equal(20.0 / 33, root.GetProperty("overall").GetProperty("f1").GetDouble(), Tolerance);
        Assert.Equal("missing", root.GetProperty("stories")[3].GetProperty("outcome").GetString());
        Assert.Equal(2, root.GetProperty("stories")[0].GetProperty("score").GetProperty("truePositives").GetInt32());
        Assert.Equal("title", root.GetProperty("stories")[0].GetProperty("mismatchedFields")[0].GetString());
        Assert.False(root.GetProperty("dumps")[0].GetProperty("storyCountMatches").GetBoolean());
        Assert.Equal(0.5, root.GetProperty("overall").GetProperty("fieldExactRates")[0].GetProperty("rate").GetDouble());
    }

    [Fact]
    public void Reads_folders_end_to_end()
    {
        using var temp = new TempFolder();
        temp.Write("gold/000.json", GoldFileJson("000_a.txt", Story("One", FirstText), Story("Two", SecondText)));
        temp.Write("pred/000_a/1.json", StoryDocumentJson("in/000_a.txt", 1, 2, Story("One", FirstText)));
        temp.Write("pred/000_a/2.json", StoryDocumentJson("in/000_a.txt", 2, 2, Story("Two", SecondText) with { Dateline = null }));
        temp.Write("pred/_runs/run-1.json", "{}");

        var report = EvaluationRunner.Evaluate(Path.Combine(temp.Path, "gold"), Path.Combine(temp.Path, "pred"));

        Assert.Equal(1.0, report.Overall.F1);
        Assert.Equal(1.0, report.Overall.StoryCountExactRate);
        Assert.Equal(0.5, report.Overall.FieldRate(StoryFields.Dateline));
        Assert.Equal([StoryFields.Dateline], report.Stories[1].MismatchedFields);
    }
}
