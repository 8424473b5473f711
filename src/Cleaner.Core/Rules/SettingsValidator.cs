namespace Cleaner.Core.Rules;

/// <summary>Range checks for pipeline.json, so a typo like a negative window fails loudly at start.</summary>
internal static class SettingsValidator
{
    public static void Validate(PipelineSettings s, string file)
    {
        Positive(s.Read.MaxFileBytes, "read.maxFileBytes");
        Positive(s.Read.MaxLineChars, "read.maxLineChars");
        Fraction(s.Read.MaxControlCharRatio, "read.maxControlCharRatio");
        Positive(s.Read.HardWrap.MinLines, "read.hardWrap.minLines");
        Positive(s.Read.HardWrap.MinWidth, "read.hardWrap.minWidth");
        Fraction(s.Read.HardWrap.MinRunOnShare, "read.hardWrap.minRunOnShare");
        if (s.Read.HardWrap.MinWidth > s.Read.HardWrap.MaxWidth)
        {
            throw new ConfigException($"{file}: read.hardWrap.minWidth ({s.Read.HardWrap.MinWidth}) is larger than read.hardWrap.maxWidth ({s.Read.HardWrap.MaxWidth})");
        }

        Positive(s.Split.HeadlineMinWords, "split.headlineMinWords");
        Positive(s.Split.HeadlineMaxWords, "split.headlineMaxWords");
        Positive(s.Split.RepeatWindowLines, "split.repeatWindowLines");
        Positive(s.Split.MetadataWindowLines, "split.metadataWindowLines");
        Positive(s.Split.MinStoryWords, "split.minStoryWords");
        Positive(s.Split.MinWeakStoryWords, "split.minWeakStoryWords");
        Positive(s.Clean.ProseMinWords, "clean.proseMinWords");
        Positive(s.Clean.TagMaxWords, "clean.tagMaxWords");
        Fraction(s.Detect.MinConfidence, "detect.minConfidence");
        Fraction(s.Detect.SiteNameLineWeight, "detect.siteNameLineWeight");
        Fraction(s.Detect.CopyrightWeight, "detect.copyrightWeight");
        Fraction(s.Detect.DomainMentionWeight, "detect.domainMentionWeight");
        Fraction(s.Detect.OutletBylineWeight, "detect.outletBylineWeight");
        if (s.Split.HeadlineMinWords > s.Split.HeadlineMaxWords)
        {
            throw new ConfigException($"{file}: split.headlineMinWords ({s.Split.HeadlineMinWords}) is larger than split.headlineMaxWords ({s.Split.HeadlineMaxWords})");
        }

        if (s.Input.Include.Count == 0)
        {
            throw new ConfigException($"{file}: input.include is empty, so no file would ever be read");
        }

        void Positive(double value, string key)
        {
            if (value <= 0)
            {
                throw new ConfigException($"{file}: {key} must be greater than 0 (found {value})");
            }
        }

        void Fraction(double value, string key)
        {
            if (value is < 0 or > 1)
            {
                throw new ConfigException($"{file}: {key} must be between 0 and 1 (found {value})");
            }
        }
    }
}
