using Cleaner.Core.Rules;
using Cleaner.Core.Text;

namespace Cleaner.Core.Html;

/// <summary>
/// Drops the blocks inside the article that are not article text, using per-block features in the spirit of jusText and
/// boilerpipe (word count, link density, position relative to the headline and to the article's edges) plus the shared
/// boilerplate line rules (share prompts, "read more" lines, comment prompts, copyright lines).
/// </summary>
internal sealed class BlockFilter(HtmlArticleRules rules, RuleSet? lines)
{
    private const int RelatedRunExitWords = 25;
    private const int EdgeNoiseWords = 4;
    private const int KickerWords = 8;
    private const int TeaserBlurbWords = 40;

    /// <returns>The kept blocks and their total word count.</returns>
    public (List<TextBlock> Blocks, int Words) Filter(IReadOnlyList<RawBlock> blocks, string? title, int headlineOrder)
    {
        var titleKey = title is null ? null : TitleCleaner.Key(title);
        var kept = new List<(RawBlock Block, int Words)>();
        var inRelatedRun = false;
        foreach (var block in blocks)
        {
            var words = WordUnits.Count(block.Text);
            if (words == 0)
            {
                continue;
            }

            if (inRelatedRun)
            {
                if (words < RelatedRunExitWords || block.LinkDensity > 0.3)
                {
                    continue;
                }

                inRelatedRun = false;
            }

            if (titleKey is { Length: > 0 } && words <= 40 && TitleCleaner.HasKey(block.Text, titleKey))
            {
                continue;
            }

            if (headlineOrder >= 0 && block.Order < headlineOrder && words < KickerWords)
            {
                continue;
            }

            if (words < rules.ShortBlockWords && block.LinkDensity > rules.MaxShortBlockLinkDensity && block.Kind != BlockKind.ListItem)
            {
                continue;
            }

            if (block.AfterTeaser && block.Kind == BlockKind.Paragraph && words < TeaserBlurbWords)
            {
                continue;
            }

            // Every line rule is for short lines; long paragraphs are not keyed or matched at all.
            if (lines is not null && words <= 40)
            {
                var key = LineText.Key(block.Text);
                if (words <= 12 && IsRelatedHeading(block.Text, key))
                {
                    inRelatedRun = true;
                    continue;
                }

                if (IsBoilerplateLine(block.Text, key, words))
                {
                    continue;
                }
            }

            kept.Add((block, words));
        }

        TrimTail(kept);
        var result = new List<TextBlock>(kept.Count);
        var total = 0;
        foreach (var (block, words) in kept)
        {
            result.Add(new TextBlock(block.Kind, block.Text));
            total += words;
        }

        return (result, total);
    }

    /// <param name="text">The block text.</param>
    /// <param name="key">The key of the whole text, reused when there is no trailing colon to drop.</param>
    private bool IsRelatedHeading(string text, string key)
    {
        if (text.EndsWith(':'))
        {
            key = LineText.Key(text.TrimEnd(':'));
        }

        return lines!.TeaserHeading.MatchesLine(key) || lines.RelatedHeading.MatchesLine(key);
    }

    private bool IsBoilerplateLine(string text, string key, int words)
    {
        if (words <= 12 && (lines!.Share.Matches(key, text) || lines.Placeholder.Matches(key, text) || lines.Comment.Matches(key, text)
                            || lines.AppStore.MatchesLine(key) || lines.ReadMore.Matches(key, text)))
        {
            return true;
        }

        return words <= 40 && lines!.Copyright.Matches(key, text);
    }

    /// <summary>Headings with nothing after them and short fragments at the very end are leftovers of widgets.</summary>
    private static void TrimTail(List<(RawBlock Block, int Words)> blocks)
    {
        while (blocks.Count > 0)
        {
            var (last, words) = blocks[^1];
            if (last.Kind == BlockKind.Heading || (words < EdgeNoiseWords && !LineText.EndsLikeSentence(last.Text)))
            {
                blocks.RemoveAt(blocks.Count - 1);
                continue;
            }

            break;
        }
    }
}
