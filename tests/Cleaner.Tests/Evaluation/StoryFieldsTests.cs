using Cleaner.Core.Evaluation;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class StoryFieldsTests
{
    [Fact]
    public void Identical_stories_have_no_mismatch()
    {
        Assert.Empty(StoryFields.Mismatches(Story("Title", FirstText), Story("Title", FirstText)));
    }

    [Fact]
    public void Reports_each_differing_field_in_report_order()
    {
        var gold = Story("Talks end", FirstText);
        var predicted = gold with
        {
            Title = "Talks end ",
            OutletId = "unknown",
            Published = null,
            Authors = [],
            Tags = ["turkey"],
        };

        Assert.Equal(
            [StoryFields.Title, StoryFields.Outlet, StoryFields.Published, StoryFields.Authors, StoryFields.Tags],
            StoryFields.Mismatches(gold, predicted));
    }

    [Fact]
    public void Lists_must_match_in_order()
    {
        var gold = Story("T", FirstText) with { Summary = ["first", "second"], Captions = ["photo"] };
        var predicted = gold with { Summary = ["second", "first"], Captions = ["photo", "photo"] };

        Assert.Equal([StoryFields.Summary, StoryFields.Captions], StoryFields.Mismatches(gold, predicted));
    }

    [Fact]
    public void Null_equals_null_but_not_empty_text()
    {
        var gold = Story("T", FirstText) with { Updated = null, Dateline = null };

        Assert.Empty(StoryFields.Mismatches(gold, gold with { Text = "other text does not count here" }));
        Assert.Equal([StoryFields.Dateline], StoryFields.Mismatches(gold, gold with { Dateline = "" }));
    }
}
