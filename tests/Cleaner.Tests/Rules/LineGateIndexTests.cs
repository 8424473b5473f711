using System.Text.RegularExpressions;
using Cleaner.Core.Rules;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Rules;

public sealed class LineGateIndexTests
{
    private static GatedRegex Gated(string pattern) => new(new Regex(pattern, RegexOptions.CultureInvariant), pattern);

    private static readonly GatedRegex ShareOn = Gated(@"(?i)^(share|post) on \w+$");
    private static readonly GatedRegex PhotoCredit = Gated(@"\((AP|AFP) Photo[^()]{0,80}\)\s*$");
    private static readonly GatedRegex CopyrightYear = Gated(@"©\s*\d{4}");
    private static readonly GatedRegex Byline = Gated(@"^By (?<authors>.+)$");
    private static readonly GatedRegex Ungated = Gated(@"^(\p{Lu}\w+ ){2,4}\d{4}$");

    private static (LineGateIndex Index, LinePatterns Widgets, LinePatterns Credits) SmallIndex()
    {
        var widgets = new LinePatterns([], [ShareOn, CopyrightYear]);
        var credits = new LinePatterns([], [PhotoCredit]);
        return (LineGateIndex.Build([widgets, credits], [Byline, Ungated]), widgets, credits);
    }

    [Fact]
    public void A_line_is_a_candidate_only_for_patterns_whose_start_or_end_text_its_ends_allow()
    {
        var (index, widgets, credits) = SmallIndex();

        var sports = index.For("Sports today");
        Assert.False(sports.Admit(ShareOn));
        Assert.False(sports.Admit(PhotoCredit));
        Assert.False(sports.Admit(Byline));
        Assert.False(sports.Admit(credits.GateBits));

        // A text needed somewhere in the line, or no known text at all, says nothing about the line's ends.
        Assert.True(sports.Admit(CopyrightYear));
        Assert.True(sports.Admit(Ungated));
        Assert.True(sports.Admit(widgets.GateBits));

        Assert.True(index.For("SHARE ON X").Admit(ShareOn));
        Assert.True(index.For("post on Threads").Admit(ShareOn));
        Assert.True(index.For("Rescuers search the rubble. (AP Photo/Jane Roe)  ").Admit(PhotoCredit));
        Assert.True(index.For("Rescuers search the rubble. (AP Photo/Jane Roe)  ").Admit(credits.GateBits));
        Assert.True(index.For("By Jane Roe").Admit(Byline));
        Assert.False(index.For("Bz Jane Roe").Admit(Byline));
        Assert.False(index.For("B").Admit(Byline));
    }

    [Fact]
    public void Empty_and_blank_lines_are_candidates_only_for_patterns_that_test_neither_end()
    {
        var (index, _, _) = SmallIndex();

        foreach (var text in new[] { "", "   " })
        {
            var gates = index.For(text);
            Assert.False(gates.Admit(ShareOn));
            Assert.False(gates.Admit(PhotoCredit));
            Assert.True(gates.Admit(CopyrightYear));
            Assert.True(gates.Admit(Ungated));
        }
    }

    [Fact]
    public void Patterns_past_the_indexed_number_and_patterns_never_indexed_are_always_candidates()
    {
        var many = Enumerable.Range(0, 140).Select(i => Gated($"^word{i:000} here$")).ToArray();
        var index = LineGateIndex.Build([new LinePatterns([], many)], []);
        var stranger = Gated("^stranger$");

        var gates = index.For("Nothing like those");
        Assert.False(gates.Admit(many[0]));
        Assert.False(gates.Admit(many[126]));
        Assert.True(gates.Admit(many[127]));
        Assert.True(gates.Admit(many[139]));
        Assert.True(gates.Admit(stranger));
        Assert.True(LineGates.All.Admit(many[0]));
    }

    /// <summary>
    /// The index must never hide a line a gate lets through: every shipped pattern, on every line of the bundled
    /// fixtures as written, upper-cased, lower-cased and space-padded, and on lines opening and closing with
    /// letters that compare equal to ASCII ones only case-blind.
    /// </summary>
    [Fact]
    public void The_shipped_index_admits_every_line_a_pattern_gate_lets_through()
    {
        var rules = PipelineRunner.Config.Rules;
        var lists = new[]
        {
            rules.Share, rules.ReadMore, rules.Comment, rules.CommentHeading, rules.Copyright, rules.Footer, rules.CaptionCredit,
            rules.CaptionHead, rules.PhotoCredit, rules.AppealHeading, rules.Placeholder,
        };
        var patterns = lists.SelectMany(list => list.Patterns)
            .Concat([.. rules.TitleDatePrefixes, .. rules.Credits, .. rules.Bylines, .. rules.TagLines, .. rules.SourceLines])
            .ToList();
        var lines = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .SelectMany(line => new[]
            {
                line, line.ToUpperInvariant(), line.ToLowerInvariant(), line + "  ", line[..1], line[^1..],
                "\u212A" + line[1..], line[..^1] + "\u017F", "\u0130" + line,
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var admitted = 0;
        var narrowed = 0;
        foreach (var line in lines)
        {
            var gates = rules.Gates.For(line);
            foreach (var pattern in patterns)
            {
                if (pattern.MayMatch(line))
                {
                    Assert.True(gates.Admit(pattern), $"the index hides \"{line}\" from {pattern}");
                    admitted++;
                }
                else if (!gates.Admit(pattern))
                {
                    narrowed++;
                }
            }
        }

        Assert.True(admitted > 1000, $"the fixtures should pass some gates ({admitted})");
        Assert.True(narrowed > patterns.Count * lines.Count / 2, $"the index should rule out most patterns for most lines ({narrowed})");
    }
}
