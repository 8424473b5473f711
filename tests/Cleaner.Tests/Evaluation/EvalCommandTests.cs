using System.Text.Json;
using Cleaner.Cli.Commands;
using static Cleaner.Tests.Evaluation.EvaluationSamples;

namespace Cleaner.Tests.Evaluation;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();

    public EvalCommandTests()
    {
        temp.Write("gold/000.json", GoldFileJson("000_a.txt", Story("One", FirstText)));
        temp.Write("pred/000_a.json", StoryDocumentJson("000_a.txt", 1, 1, Story("One", FirstText)));
    }

    public void Dispose() => temp.Dispose();

    private string Gold => Path.Combine(temp.Path, "gold");

    private string Pred => Path.Combine(temp.Path, "pred");

    [Fact]
    public void Prints_the_table_and_succeeds()
    {
        var exit = EvalCommand.Run(Gold, Pred, json: false, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Matches(@"F1\s+1\.000", stdout.ToString());
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Prints_json_when_asked()
    {
        var exit = EvalCommand.Run(Gold, Pred, json: true, stdout, stderr);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1.0, json.RootElement.GetProperty("overall").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void Missing_folder_is_a_usage_error()
    {
        var missing = Path.Combine(temp.Path, "nope");

        var exit = EvalCommand.Run(Gold, missing, json: false, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal($"cleaner eval: prediction folder not found: {missing}", stderr.ToString().Trim());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void Malformed_file_is_named_without_a_stack_trace()
    {
        var bad = temp.Write("pred/bad.json", "[1, 2");

        var exit = EvalCommand.Run(Gold, Pred, json: false, stdout, stderr);

        Assert.Equal(1, exit);
        var message = stderr.ToString();
        Assert.StartsWith($"cleaner eval: {bad}: not valid JSON", message);
        Assert.DoesNotContain("   at ", message);
        Assert.Equal("", stdout.ToString());
    }
}
