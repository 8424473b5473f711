using Cleaner.Core.Evaluation;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class GoldReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Reads_one_dump_per_gold_file_named_by_its_source()
    {
        temp.Write("gold/000.json", GoldFileJson("000_a.txt", Story("One", FirstText), Story("Two", SecondText)));
        temp.Write("gold/001.json", GoldFileJson("001_b.txt", Story("Three", ThirdText)));

        var dumps = GoldReader.Read(Path.Combine(temp.Path, "gold"));

        Assert.Equal(["000_a.txt", "001_b.txt"], dumps.Select(d => d.Dump));
        Assert.Equal(["One", "Two"], dumps[0].Stories.Select(s => s.Title));
        Assert.Equal(["Reuters"], dumps[0].Stories[0].Authors);
        Assert.Equal("arab-news", dumps[1].Stories[0].OutletId);
    }

    [Fact]
    public void Missing_lists_read_as_empty_and_missing_dates_as_null()
    {
        temp.Write("gold/000.json", """{ "source": "000_a.txt", "stories": [ { "title": "T", "outlet": { "id": "x" }, "text": "Body" } ] }""");

        var story = GoldReader.Read(Path.Combine(temp.Path, "gold")).Single().Stories.Single();

        Assert.Empty(story.Authors);
        Assert.Empty(story.Tags);
        Assert.Null(story.Published);
    }

    [Fact]
    public void A_story_document_in_the_gold_folder_is_refused()
    {
        var file = temp.Write("gold/a.json", StoryDocumentJson("000_a.txt", 1, 1, Story("A", FirstText)));

        var error = Assert.Throws<EvaluationInputException>(() => GoldReader.Read(Path.Combine(temp.Path, "gold")));

        Assert.Equal(file, error.FilePath);
    }

    [Fact]
    public void Two_gold_files_for_one_dump_are_refused()
    {
        var first = temp.Write("gold/a.json", GoldFileJson("000_a.txt", Story("A", FirstText)));
        temp.Write("gold/b.json", GoldFileJson("000_a.txt", Story("A", FirstText)));

        var error = Assert.Throws<EvaluationInputException>(() => GoldReader.Read(Path.Combine(temp.Path, "gold")));

        Assert.Contains("already given by " + first, error.Message);
    }

    [Fact]
    public void Wrongly_typed_field_is_reported_with_the_file_name()
    {
        var file = temp.Write("gold/a.json", """{ "source": "000_a.txt", "stories": [ { "title": 7, "outlet": { "id": "x" }, "text": "Body" } ] }""");

        var error = Assert.Throws<EvaluationInputException>(() => GoldReader.Read(Path.Combine(temp.Path, "gold")));

        Assert.Equal(file, error.FilePath);
        Assert.Contains("$.stories[0].title", error.Message);
    }

    [Fact]
    public void An_empty_gold_folder_is_an_error()
    {
        var folder = temp.Folder("gold");

        var error = Assert.Throws<EvaluationInputException>(() => GoldReader.Read(folder));

        Assert.Contains("no gold files", error.Message);
    }
}
