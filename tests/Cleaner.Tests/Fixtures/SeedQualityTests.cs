using Cleaner.Core.Evaluation;
using Cleaner.Core.Output;
using Cleaner.Tests.Support;
using Xunit.Abstractions;

namespace Cleaner.Tests.Fixtures;

/// <summary>
/// The quality gate: the seed dumps scored against the human reference in shared/gold with the same
/// evaluation the `eval` command runs. Floors only go up.
/// </summary>
public sealed class SeedQualityTests(ITestOutputHelper output)
{
    [SharedFact("gold")]
    public void Seed_dumps_match_the_human_reference()
    {
        using var predicted = new TempFolder();
        var goldFolder = Path.Combine(RepoPaths.Shared!, "gold");
        var seeds = Directory.EnumerateFiles(goldFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f) + ".txt").ToHashSet();
        var (stories, _) = PipelineRunner.Run(RepoPaths.Fixtures);
        foreach (var story in stories.Where(s => seeds.Contains(Path.GetFileName(s.Source.Path))))
        {
            File.WriteAllText(Path.Combine(predicted.Path, story.Id + ".json"), StoryJson.ToFileText(story));
        }

        var report = EvaluationRunner.Evaluate(goldFolder, predicted.Path);
        output.WriteLine(report.FormatTable());

        Assert.Equal(11, report.Overall.GoldStories);
        Assert.Equal(0, report.Overall.MissingStories);
        Assert.Equal(0, report.Overall.ExtraStories);
        Assert.Equal(1.0, report.Overall.StoryCountExactRate);
        Assert.Equal(1.0, report.Overall.Precision);
        Assert.True(report.Overall.MinStoryF1 >= 0.98, $"min story F1 {report.Overall.MinStoryF1:F3} is under 0.98");
        foreach (var field in new[] { "title", "outlet", "published", "updated", "dateline", "authors", "summary", "captions", "tags" })
        {
            Assert.True(report.Overall.FieldRate(field) == 1.0, $"{field} exact rate {report.Overall.FieldRate(field):F3} is under 1.0");
        }
    }
}
