using Cleaner.Tests.Support;
using Xunit.Abstractions;

namespace Cleaner.Tests.Html;

/// <summary>
/// The reader against Mozilla Readability's test pages (shared/devset/readability, read in place). Readability keeps captions
/// and some widgets that Cleaner drops, so recall of its text matters most. Floors sit just under the measured scores and only go up.
/// </summary>
public class DevsetRegressionTests(ITestOutputHelper output)
{
    private const double PrecisionFloor = 0.965;
    private const double RecallFloor = 0.895;
    private const double F1Floor = 0.93;
    private const double TitleFloor = 0.93;
    private const double BylineFloor = 0.84;
    private const double LanguageFloor = 0.99;

    [SharedFact("devset/readability")]
    public void ScoresStayAboveTheirFloors()
    {
        var folder = Path.Combine(RepoPaths.Shared!, "devset", "readability");
        var results = DevsetEvaluation.Run(TestPages.Reader, folder);
        var (precision, recall, f1) = DevsetEvaluation.Means(results);
        var title = DevsetEvaluation.Rate(results.Select(r => r.TitleMatch));
        var byline = DevsetEvaluation.Rate(results.Select(r => r.BylineMatch));
        var language = DevsetEvaluation.Rate(results.Select(r => r.LangMatch));

        foreach (var r in results.Where(r => r.Recall < 0.8).OrderBy(r => r.Recall))
        {
            output.WriteLine($"  low recall {r.Name}: P {r.Precision:F2} R {r.Recall:F2} {r.Page.Status} {r.Page.NoArticleReason}");
        }

        output.WriteLine($"{results.Count} pages: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}; title {title:F3}, byline {byline:F3}, lang {language:F3}");
        Assert.True(results.Count >= 100, $"only {results.Count} devset pages found");
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} < {RecallFloor}");
        Assert.True(f1 >= F1Floor, $"F1 {f1:F3} < {F1Floor}");
        Assert.True(title >= TitleFloor, $"title match {title:F3} < {TitleFloor}");
        Assert.True(byline >= BylineFloor, $"byline match {byline:F3} < {BylineFloor}");
        Assert.True(language >= LanguageFloor, $"lang match {language:F3} < {LanguageFloor}");
    }
}
