using System.Globalization;
using System.Text;
using Cleaner.Core.Model;

namespace Cleaner.Core.Output;

/// <summary>
/// Where a story's file goes: <c>&lt;out&gt;/&lt;outlet-id&gt;/&lt;date|undated&gt;/&lt;slug&gt;-&lt;short-id&gt;.json</c>.
/// Every segment is reduced to [a-z0-9-], and the result is checked to lie inside the output folder,
/// whatever a title or outlet id holds.
/// </summary>
public static class StoryPaths
{
    public const int MaxSlugLength = 60;
    private const int ShortIdLength = 8;

    public static string RelativePath(StoryDocument story)
    {
        var outlet = Slug(story.Outlet.Id, "unknown");
        var date = DateFolder(story.Published ?? story.Updated);
        var name = $"{Slug(story.Title, "story")}-{story.Id[..Math.Min(ShortIdLength, story.Id.Length)]}.json";
        return $"{outlet}/{date}/{name}";
    }

    /// <summary>The full path under <paramref name="outputRoot"/>; throws if it would escape it.</summary>
    public static string FullPath(string outputRoot, StoryDocument story)
    {
        var root = Path.GetFullPath(outputRoot);
        var full = Path.GetFullPath(Path.Combine(root, RelativePath(story)));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"story path '{full}' falls outside the output folder '{root}'");
        }

        return full;
    }

    /// <summary>Lowercase ASCII letters and digits joined by single dashes; accents folded; empty → fallback.</summary>
    public static string Slug(string? text, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var builder = new StringBuilder(MaxSlugLength);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && builder.Length > 0)
                {
                    // A dash needs a letter after it, so it only fits with room for both.
                    if (builder.Length + 2 > MaxSlugLength)
                    {
                        break;
                    }

                    builder.Append('-');
                }

                builder.Append(lower);
                dash = false;
                if (builder.Length >= MaxSlugLength)
                {
                    break;
                }
            }
            else
            {
                dash = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }

    private static string DateFolder(string? isoDate) =>
        isoDate is { Length: >= 10 } && DateOnly.TryParseExact(isoDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? isoDate[..10]
            : "undated";
}
