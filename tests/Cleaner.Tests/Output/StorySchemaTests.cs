using System.Text.Json;
using Cleaner.Core.Output;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Output;

public sealed class StorySchemaTests
{
    private static readonly JsonSchemaValidator Validator = new(JsonDocument.Parse(StorySchema.Text).RootElement);

    [Fact]
    public void The_published_schema_file_is_the_one_built_into_cleaner()
    {
        var inRepo = File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "story.schema.json"));
        Assert.Equal(inRepo, StorySchema.Text);
    }

    [Fact]
    public void Every_story_emitted_for_the_fixtures_validates_against_the_schema()
    {
        var (stories, _) = PipelineRunner.Run(RepoPaths.Fixtures);
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            foreach (var form in new[] { StoryJson.ToFileText(story), StoryJson.ToLine(story) })
            {
                var errors = Validator.Validate(JsonDocument.Parse(form).RootElement);
                Assert.True(errors.Count == 0, $"{story.Source.Path} story {story.Source.Story}: {string.Join("; ", errors)}");
            }
        }
    }

    [Fact]
    public void The_validator_rejects_a_document_that_breaks_the_schema()
    {
        var (stories, _) = PipelineRunner.Run(RepoPaths.Fixtures);
        var broken = StoryJson.ToLine(stories[0]).Replace("\"schema\":\"cleaner.story/1\"", "\"schema\":\"cleaner.story/2\"", StringComparison.Ordinal)
            .Replace("\"wordCount\":", "\"extra\":1,\"wordCount\":", StringComparison.Ordinal);
        var errors = Validator.Validate(JsonDocument.Parse(broken).RootElement);
        Assert.Contains(errors, e => e.StartsWith("$.schema", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.extra", StringComparison.Ordinal));
    }
}
