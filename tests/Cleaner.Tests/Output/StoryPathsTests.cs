using System.Text.RegularExpressions;
using Cleaner.Core.Model;
using Cleaner.Core.Output;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Output;

public sealed partial class StoryPathsTests
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    private static StoryDocument Story(string title, string outletId = "arab-news", string? published = "2025-03-26", string? updated = null, string id = "0123456789abcdef") =>
        new(id, StoryDocument.SchemaName, new OutletInfo(outletId, null, null, 1, []), title, [], [], null, published, updated, "en",
            "Text.", [], [], 1, new StorySource("dump.txt", new string('0', 64), "text", 1, 1, [1, 1]), new Dictionary<string, int>());

    [Fact]
    public void A_story_goes_to_outlet_then_date_then_slug_and_short_id()
    {
        var path = StoryPaths.RelativePath(Story("Turkiye, US want to lift defense industry restrictions"));

        Assert.Equal("arab-news/2025-03-26/turkiye-us-want-to-lift-defense-industry-restrictions-01234567.json", path);
    }

    [Theory]
    [InlineData("2025-03-24T10:00:00Z", null, "2025-03-24")]
    [InlineData("2025-03-24T10:00+03:00", null, "2025-03-24")]
    [InlineData(null, "2025-04-04", "2025-04-04")]
    [InlineData(null, null, "undated")]
    [InlineData("2025-02-30", null, "undated")]
    [InlineData("26 March", null, "undated")]
    [InlineData("../../etc", null, "undated")]
    public void The_date_folder_is_the_publication_day_else_the_update_day_else_undated(string? published, string? updated, string folder)
    {
        var path = StoryPaths.RelativePath(Story("Headline", published: published, updated: updated));

        Assert.Equal(folder, path.Split('/')[1]);
    }

    [Theory]
    [InlineData("Hungary’s ICC withdrawal: no excuse!", "hungary-s-icc-withdrawal-no-excuse")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("S-400s", "s-400s")]
    public void Slugs_are_lowercase_ascii_with_single_dashes(string title, string slug)
    {
        Assert.Equal(slug, StoryPaths.Slug(title, "story"));
    }

    [Theory]
    [InlineData("Türkiye Blocks NATO-Israel Cooperation", "blocks-nato-israel-cooperation")]
    [InlineData("Médecins Sans Frontières ‘appalled’", "sans-fronti")]
    [InlineData("İstanbul’da ÇAĞRI", "stanbul")]
    public void Titles_with_accented_letters_still_give_a_plain_ascii_slug(string title, string part)
    {
        var slug = StoryPaths.Slug(title, "story");

        Assert.Matches(SlugShape(), slug);
        Assert.Contains(part, slug);
    }

    [Theory]
    [InlineData("Привет мир")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("中文标题")]
    [InlineData("— … —")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_title_with_no_latin_letter_or_digit_gets_the_fallback(string? title)
    {
        Assert.Equal("story", StoryPaths.Slug(title, "story"));
    }

    [Fact]
    public void A_long_title_is_cut_to_the_slug_length()
    {
        var slug = StoryPaths.Slug(new string('a', 200), "story");

        Assert.Equal(new string('a', StoryPaths.MaxSlugLength), slug);
    }

    [Fact]
    public void A_long_title_of_words_is_cut_at_the_slug_length()
    {
        var slug = StoryPaths.Slug("Museveni holds emergency talks with South Sudanese leaders as fears of renewed civil war grow", "story");

        Assert.Equal("museveni-holds-emergency-talks-with-south-sudanese-leaders-a", slug);
        Assert.Equal(StoryPaths.MaxSlugLength, slug.Length);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(58)]
    [InlineData(60)]
    public void A_word_break_at_the_slug_length_never_makes_the_slug_longer(int firstWordLength)
    {
        var slug = StoryPaths.Slug(new string('a', firstWordLength) + " bcd efg", "story");

        Assert.True(slug.Length <= StoryPaths.MaxSlugLength, $"{slug.Length} characters");
        Assert.Matches(SlugShape(), slug);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("C:\\x")]
    [InlineData("C:\\Windows\\System32")]
    [InlineData("/etc/passwd")]
    [InlineData("~")]
    [InlineData("a\0b")]
    [InlineData("\0")]
    [InlineData("..\\..\\x")]
    [InlineData("%2e%2e%2f")]
    public void Hostile_titles_and_outlet_ids_cannot_leave_the_output_folder(string hostile)
    {
        using var output = new TempFolder();
        var root = Path.GetFullPath(output.Path) + Path.DirectorySeparatorChar;

        foreach (var story in new[] { Story(hostile), Story("Headline", outletId: hostile), Story(hostile, outletId: hostile, published: hostile) })
        {
            var relative = StoryPaths.RelativePath(story);
            var full = StoryPaths.FullPath(output.Path, story);

            var segments = relative.Split('/');
            Assert.Equal(3, segments.Length);
            Assert.Matches(SlugShape(), segments[0]);
            Assert.True(segments[1] == "undated" || DateOnly.TryParse(segments[1], out _), segments[1]);
            Assert.Matches(SlugShape(), segments[2][..^".json".Length]);
            Assert.StartsWith(root, full, StringComparison.Ordinal);
            Assert.Equal(Path.GetFullPath(full), full);
            Assert.DoesNotContain('\0', full);
        }
    }

    [Theory]
    [InlineData("..", "unknown")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("C:\\x", "c-x")]
    [InlineData("", "unknown")]
    public void Hostile_outlet_ids_are_reduced_to_a_plain_folder_name(string outletId, string folder)
    {
        Assert.Equal(folder, StoryPaths.RelativePath(Story("Headline", outletId: outletId)).Split('/')[0]);
    }

    [Theory]
    [InlineData("/../../.")]
    [InlineData("../../..")]
    [InlineData("..\\..\\..")]
    public void Even_a_hostile_story_id_lands_inside_the_output_folder(string id)
    {
        using var output = new TempFolder();
        var root = Path.GetFullPath(output.Path) + Path.DirectorySeparatorChar;

        var full = StoryPaths.FullPath(output.Path, Story("Headline", id: id));

        Assert.StartsWith(root, full, StringComparison.Ordinal);
    }
}
