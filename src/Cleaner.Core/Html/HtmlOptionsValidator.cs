using Cleaner.Core.Rules;

namespace Cleaner.Core.Html;

/// <summary>Range and shape checks for html.json, so a typo fails loudly at start rather than silently changing extraction.</summary>
internal static class HtmlOptionsValidator
{
    public static void Validate(HtmlOptions o, string file)
    {
        Positive(o.Limits.MaxInputBytes, "limits.maxInputBytes");
        Range(o.Limits.MaxNestingDepth, 16, 20_000, "limits.maxNestingDepth");
        Fraction(o.Limits.MaxControlCharShare, "limits.maxControlCharShare");
        Range(o.Limits.CharsetPrescanBytes, 512, 1 << 20, "limits.charsetPrescanBytes");
        Positive(o.Pruning.FormWrapperMinParagraphs, "pruning.formWrapperMinParagraphs");
        Positive(o.Metadata.MaxBylineChars, "metadata.maxBylineChars");
        Positive(o.Scoring.MinParagraphChars, "scoring.minParagraphChars");
        Positive(o.Scoring.CharsPerPoint, "scoring.charsPerPoint");
        NotNegative(o.Scoring.MaxLengthPoints, "scoring.maxLengthPoints");
        NotNegative(o.Scoring.ClassWeight, "scoring.classWeight");
        Range(o.Scoring.PropagationLevels, 1, 10, "scoring.propagationLevels");
        Range(o.Scoring.SemanticBoost, 1, 10, "scoring.semanticBoost");
        Fraction(o.Scoring.BeforeHeadlinePenalty, "scoring.beforeHeadlinePenalty");
        Range(o.Scoring.StopwordWeight, 0, 10, "scoring.stopwordWeight");
        Fraction(o.Scoring.SiblingShare, "scoring.siblingShare");
        Fraction(o.Scoring.ArticleBodyMinF1, "scoring.articleBodyMinF1");
        Range(o.Scoring.ArticleBodyCandidates, 1, 1000, "scoring.articleBodyCandidates");
        Positive(o.Scoring.UnlikelyMaxProseChars, "scoring.unlikelyMaxProseChars");
        Positive(o.Articles.MinArticleWords, "articles.minArticleWords");
        NotNegative(o.Articles.RetryBelowWords, "articles.retryBelowWords");
        Fraction(o.Articles.MaxContainerLinkDensity, "articles.maxContainerLinkDensity");
        Fraction(o.Articles.MaxShortBlockLinkDensity, "articles.maxShortBlockLinkDensity");
        Positive(o.Articles.ShortBlockWords, "articles.shortBlockWords");
        Positive(o.Articles.MultiArticleMinWords, "articles.multiArticleMinWords");
        Positive(o.Articles.IndexMinTeasers, "articles.indexMinTeasers");
        Positive(o.Articles.IndexMaxWordsPerTeaser, "articles.indexMaxWordsPerTeaser");
        Positive(o.Articles.ArticleBodyFallbackWords, "articles.articleBodyFallbackWords");

        Words(o.Pruning.RemovedTags, "pruning.removedTags", tagNames: true);
        Words(o.Pruning.BoilerplateTags, "pruning.boilerplateTags", tagNames: true);
        Words(o.Pruning.BoilerplateRoles, "pruning.boilerplateRoles", tagNames: false);
        Words(o.Hints.Suffixes, "hints.suffixes", tagNames: true);
        Words(o.Hints.Positive, "hints.positive", tagNames: false);
        Words(o.Hints.Negative, "hints.negative", tagNames: false);
        Words(o.Hints.Unlikely, "hints.unlikely", tagNames: false);
        Words(o.Hints.Rescue, "hints.rescue", tagNames: false);
        Words(o.Hints.UnlikelyEvenWithProse, "hints.unlikelyEvenWithProse", tagNames: false);
        Words(o.Hints.Caption, "hints.caption", tagNames: false);
        Words(o.Hints.Byline, "hints.byline", tagNames: false);
        Words(o.Hints.ArticleBody, "hints.articleBody", tagNames: false);
        if (o.Pruning.RemovedTags.Any(t => t is "html" or "body" or "p" or "article" or "main" or "div"))
        {
            throw new ConfigException($"{file}: pruning.removedTags must not remove html, body, main, article, div or p: nothing would be left");
        }

        if (o.Metadata.JsonLdArticleTypes.Count == 0)
        {
            throw new ConfigException($"{file}: metadata.jsonLdArticleTypes is empty, so JSON-LD would never be read");
        }

        foreach (var (key, list) in new[]
                 {
                     ("metadata.titleKeys", o.Metadata.TitleKeys), ("metadata.siteNameKeys", o.Metadata.SiteNameKeys),
                     ("metadata.descriptionKeys", o.Metadata.DescriptionKeys), ("metadata.authorKeys", o.Metadata.AuthorKeys),
                     ("metadata.publishedKeys", o.Metadata.PublishedKeys), ("metadata.modifiedKeys", o.Metadata.ModifiedKeys),
                     ("metadata.languageKeys", o.Metadata.LanguageKeys), ("metadata.urlKeys", o.Metadata.UrlKeys),
                 })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(list[i]) || list[i] != list[i].ToLowerInvariant())
                {
                    throw new ConfigException($"{file}: {key}[{i}] must be a non-empty lowercase meta name (found \"{list[i]}\")");
                }
            }
        }

        for (var i = 0; i < o.Metadata.TitleSeparators.Count; i++)
        {
            if (o.Metadata.TitleSeparators[i].Trim().Length == 0)
            {
                throw new ConfigException($"{file}: metadata.titleSeparators[{i}] must contain a visible character");
            }
        }

        void Words(IReadOnlyList<string> words, string key, bool tagNames)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var ok = word.Length > 0 && word.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (!tagNames && c is '-' or '_'));
                if (!ok)
                {
                    throw new ConfigException($"{file}: {key}[{i}] must be lowercase letters and digits{(tagNames ? "" : " (and '-' or '_')")} (found \"{word}\")");
                }
            }
        }

        void Positive(double value, string key)
        {
            if (value <= 0)
            {
                throw new ConfigException($"{file}: {key} must be greater than 0 (found {value})");
            }
        }

        void NotNegative(double value, string key)
        {
            if (value < 0)
            {
                throw new ConfigException($"{file}: {key} must not be negative (found {value})");
            }
        }

        void Fraction(double value, string key)
        {
            if (value is < 0 or > 1)
            {
                throw new ConfigException($"{file}: {key} must be between 0 and 1 (found {value})");
            }
        }

        void Range(double value, double min, double max, string key)
        {
            if (value < min || value > max)
            {
                throw new ConfigException($"{file}: {key} must be between {min} and {max} (found {value})");
            }
        }
    }
}
