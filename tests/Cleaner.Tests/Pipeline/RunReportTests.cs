using Cleaner.Core.Model;
using Cleaner.Core.Pipeline;

namespace Cleaner.Tests.Pipeline;

public sealed class RunReportTests
{
    private static readonly InputFile Input = new("/data/dumps/page.txt", "page.txt", 100, DateTime.UtcNow);

    [Fact]
    public void An_input_whose_only_story_kept_no_text_ends_as_no_story_found_and_completes()
    {
        var observer = new CompletionObserver();
        var report = new RunReport([observer]);
        report.Split(Input, "abc", 1, new Dictionary<string, int>());

        report.StoryWithoutText(Story(1, 1, "", new Dictionary<string, int> { ["teaser"] = 5 }), Input);

        var outcome = Assert.Single(report.Summarize(TimeSpan.Zero).Inputs);
        Assert.Equal(OutcomeKind.NoStoryFound, outcome.Outcome);
        Assert.Empty(outcome.Reasons);
        Assert.Equal(5, report.Summarize(TimeSpan.Zero).Removed["teaser"]);
        Assert.Equal(["page.txt"], observer.Completed);
    }

    [Fact]
    public void A_story_without_text_beside_a_written_one_leaves_the_input_with_its_written_story()
    {
        var observer = new CompletionObserver();
        var report = new RunReport([observer]);
        report.Split(Input, "abc", 2, new Dictionary<string, int>());

        report.StoryWithoutText(Story(2, 2, "", new Dictionary<string, int>()), Input);
        Assert.Empty(observer.Completed);
        report.StoryWritten(Story(1, 2, "Text of the first story.", new Dictionary<string, int>()), Input, "out/first.json");

        var outcome = Assert.Single(report.Summarize(TimeSpan.Zero).Inputs);
        Assert.Equal(OutcomeKind.Stories, outcome.Outcome);
        Assert.Equal(1, outcome.Stories);
        Assert.Equal(["page.txt"], observer.Completed);
    }

    private static StoryDocument Story(int number, int of, string text, IReadOnlyDictionary<string, int> removed) => new(
        "id", StoryDocument.SchemaName, OutletInfo.Unknown(0, []), "Title", [], [], null, null, null, null, text, [], [],
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, new StorySource("page.txt", "abc", "text", number, of, [1, 2]), removed);

    private sealed class CompletionObserver : IRunObserver
    {
        public List<string> Completed { get; } = [];

        public void InputCompleted(InputFile input, string sha256, IReadOnlyList<string> outputs) => Completed.Add(input.RelativePath);

        public void InputFailed(InputFile input, string reason)
        {
        }

        public void StoryWritten(InputFile input)
        {
        }
    }
}
