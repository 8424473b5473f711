using Cleaner.Core.Evaluation;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class PredictionReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Story_documents_are_grouped_by_source_path_and_ordered_by_story()
    {
        var first = Story("First", FirstText);
        var second = Story("Second", SecondText) with { Updated = "2025-03-27", Captions = ["A photo"] };
        temp.Write("out/000_a/story-2.json", StoryDocumentJson("feeds/2025/000_a.txt", 2, 2, second));
        temp.Write("out/000_a/story-1.json", StoryDocumentJson("feeds/2025/000_a.txt", 1, 2, first));

        var dump = Assert.Single(PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal("feeds/2025/000_a.txt", dump.Dump);
        Assert.Equal(2, dump.Stories.Count);
        AssertSameStory(first, dump.Stories[0]);
        AssertSameStory(second, dump.Stories[1]);
    }

    [Fact]
    public void Reads_json_lines_gold_shaped_files_and_nested_folders()
    {
        var lines = string.Join(
            "\n",
            OneLine(StoryDocumentJson("001_b.txt", 2, 2, Story("B two", SecondText))),
            "",
            OneLine(StoryDocumentJson("001_b.txt", 1, 2, Story("B one", FirstText))));
        temp.Write("out/nested/deeper/stories.jsonl", lines + "\n");
        temp.Write("out/other/002_c.json", GoldFileJson("002_c.txt", Story("C one", ThirdText)));

        var dumps = PredictionReader.Read(Path.Combine(temp.Path, "out"));

        Assert.Equal(["001_b.txt", "002_c.txt"], dumps.Select(d => d.Dump).Order());
        Assert.Equal(["B one", "B two"], dumps.Single(d => d.Dump == "001_b.txt").Stories.Select(s => s.Title));
        AssertSameStory(Story("C one", ThirdText), dumps.Single(d => d.Dump == "002_c.txt").Stories.Single());
    }

    [Fact]
    public void Folders_starting_with_underscore_are_skipped()
    {
        temp.Write("out/003_d.json", GoldFileJson("003_d.txt", Story("D", FirstText)));
        temp.Write("out/_runs/report.json", "{ this is not json");
        temp.Write("out/nested/_state/progress.jsonl", "{\"cursor\": 4}");

        var dump = Assert.Single(PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal("003_d.txt", dump.Dump);
    }

    [Fact]
    public void Malformed_json_is_reported_with_the_file_name()
    {
        var bad = temp.Write("out/sub/broken.json", "{ \"schema\": \"cleaner.story/1\", ");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal(bad, error.FilePath);
        Assert.StartsWith(bad + ": not valid JSON", error.Message);
    }

    [Fact]
    public void Malformed_json_line_is_reported_with_file_and_line()
    {
        var good = OneLine(StoryDocumentJson("001_b.txt", 1, 2, Story("B one", FirstText)));
        var file = temp.Write("out/stories.jsonl", good + "\n{\"schema\": \n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal($"{file} line 2", error.FilePath);
    }

    [Fact]
    public void Missing_required_field_is_named()
    {
        var json = StoryDocumentJson("000_a.txt", 1, 1, Story("A", FirstText)).Replace("\"title\":", "\"headline\":");
        var file = temp.Write("out/a.json", json);

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal(file, error.FilePath);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void Other_schema_is_refused()
    {
        temp.Write("out/a.json", StoryDocumentJson("000_a.txt", 1, 1, Story("A", FirstText), schema: "cleaner.story/2"));

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Contains("schema is \"cleaner.story/2\", expected \"cleaner.story/1\"", error.Message);
    }

    [Fact]
    public void Json_of_unknown_shape_is_refused()
    {
        var file = temp.Write("out/manifest.json", "{\"files\": 3}");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal(file, error.FilePath);
        Assert.Contains("neither", error.Message);
    }

    [Fact]
    public void The_same_story_twice_names_both_files()
    {
        var first = temp.Write("out/run1/a.json", StoryDocumentJson("000_a.txt", 1, 1, Story("A", FirstText)));
        var second = temp.Write("out/run2/a.json", StoryDocumentJson("000_a.txt", 1, 1, Story("A", FirstText)));

        var error = Assert.Throws<EvaluationInputException>(() => PredictionReader.Read(Path.Combine(temp.Path, "out")));

        Assert.Equal(second, error.FilePath);
        Assert.Contains("story 1 of 000_a.txt is already given by " + first, error.Message);
    }

    [Fact]
    public void Empty_folder_has_no_predictions()
    {
        Assert.Empty(PredictionReader.Read(temp.Folder("out")));
    }

    private static void AssertSameStory(EvaluatedStory expected, EvaluatedStory actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Empty(StoryFields.Mismatches(expected, actual));
    }
}
