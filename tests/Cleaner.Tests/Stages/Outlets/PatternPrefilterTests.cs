using System.Text.RegularExpressions;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Outlets;
using Cleaner.Tests.Support;
using static Cleaner.Tests.Stages.Outlets.OutletTestSupport;

namespace Cleaner.Tests.Stages.Outlets;

public sealed class PatternPrefilterTests
{
    [Fact]
    public void The_prefilters_never_hide_a_line_a_shipped_pattern_matches()
    {
        var patterns = ShippedConfig.Outlets
            .SelectMany(o => o.Signatures.Where(s => s.Pattern is not null).Select((s, i) => (s.Pattern!, $"{o.Id}[{i}]")))
            .ToList();
        var signatures = new PatternSignatures(patterns.Select((p, i) => (p.Item1, i, p.Item2)).ToList());
        // As the loader compiles them: case-sensitive unless the pattern says otherwise.
        var regexes = patterns.Select(p => new Regex(p.Item1, RegexOptions.CultureInvariant)).ToList();
        var lines = Directory.EnumerateFiles(SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories))
            .SelectMany(ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .SelectMany(l => new[] { l, l.ToUpperInvariant(), l + "  " })
            .ToList();

        var matched = 0;
        foreach (var line in lines)
        {
            var hits = new string?[patterns.Count];
            signatures.Mark(line, hits);
            for (var i = 0; i < patterns.Count; i++)
            {
                var expected = regexes[i].IsMatch(line);
                Assert.True(expected == (hits[i] is not null), $"pattern {patterns[i].Item2} on line '{line}': regex says {expected}");
                matched += expected ? 1 : 0;
            }
        }

        Assert.True(matched >= 40, $"only {matched} line matches: the check needs lines that patterns do match");
    }

    private const string EndsInRole = @"^\p{Lu}\p{L}+ \p{Lu}\p{L}+, [a-z ]{2,40}(editor|correspondent)$";
    private const string RoleInside = @"^\p{Lu}\p{L}+ (editor|correspondent) \d+$";

    [Theory]
    [InlineData(EndsInRole, "Jane Roe, political editor", true)]
    [InlineData(EndsInRole, "Jane Roe, foreign correspondent", true)]
    [InlineData(EndsInRole, "Jane Roe, Political Editor", false)]
    [InlineData(EndsInRole, "Jane Roe, political editors' pick", false)]
    [InlineData(EndsInRole, "Jane Roe, editor at large", false)]
    [InlineData(EndsInRole, "Jane Roe, sports writer", false)]
    [InlineData(RoleInside, "Roe editor 12", true)]
    [InlineData(RoleInside, "Roe correspondent 7", true)]
    [InlineData(RoleInside, "Roe Editor 12", false)]
    [InlineData(RoleInside, "Roe writer 12", false)]
    [InlineData(RoleInside, "Roe editor twelve", false)]
    public void A_pattern_gated_on_a_group_of_alternatives_matches_as_its_regex_does(string pattern, string line, bool matches)
    {
        var signatures = new PatternSignatures([(pattern, 0, "test")]);
        var hits = new string?[1];

        signatures.Mark(line, hits);

        Assert.Equal(matches ? line : null, hits[0]);
    }

    [Fact]
    public void Names_are_found_case_blind_and_only_with_the_flags_asked_for()
    {
        var scanner = new NameScanner([("arab news", 1), ("reuters", 2), ("news", 2)]);

        Assert.True(scanner.Finds("© 2031 ARAB NEWS. All rights reserved.", 1));
        Assert.True(scanner.Finds("Reuters contributed", 2));
        Assert.False(scanner.Finds("Reuters contributed", 1));
        Assert.True(scanner.Finds("Arab Newsroom", 1));
        Assert.False(scanner.Finds("Arab Nws", 1 | 2));
        Assert.True(scanner.Finds("arab nenews", 2));
        Assert.False(scanner.Finds("Arab News", 4));
    }

    [Fact]
    public void One_scan_reports_every_flag_the_names_found_carry()
    {
        var scanner = new NameScanner([("arab news", 1), ("reuters", 2), ("news", 4)]);

        Assert.Equal(1 | 4, scanner.FlagsIn("© 2031 ARAB NEWS. All rights reserved.", 1 | 2 | 4));
        Assert.Equal(1, scanner.FlagsIn("© 2031 ARAB NEWS. All rights reserved.", 1 | 2));
        Assert.Equal(2 | 4, scanner.FlagsIn("Reuters news wire", 2 | 4));
        Assert.Equal(0, scanner.FlagsIn("Reuter's new wire", 1 | 2 | 4));
        Assert.Equal(0, scanner.FlagsIn("", 1));
    }

    [Fact]
    public void A_name_is_found_wherever_it_sits_in_a_line_read_in_two_halves()
    {
        (string Name, byte Flag)[] names = [("times of israel", 1), ("npr", 2), ("arab news", 4)];
        var scanner = new NameScanner(names);
        const string filler = "The council said on Monday that the vote would be held again in March.";
        foreach (var (name, flag) in names)
        {
            for (var length = 0; length <= filler.Length * 2; length += 7)
            {
                var around = (filler + filler)[..length];
                for (var at = 0; at <= around.Length; at++)
                {
                    var line = around[..at] + name.ToUpperInvariant() + around[at..];

                    Assert.Equal(flag, scanner.FlagsIn(line, flag));
                    Assert.Equal(flag, scanner.FlagsIn(line, 1 | 2 | 4));
                }

                Assert.Equal(0, scanner.FlagsIn(around, 1 | 2 | 4));
            }
        }
    }

    [Theory]
    [InlineData("HÜRRIYET DAILY NEWS reported")]
    [InlineData("Hürriyet Daily News")]
    [InlineData("HÜRRİYET DAİLY NEWS")]
    [InlineData("\u212AARS and TASS")]
    [InlineData("Ωmega Nachrichten — ΣΩΚΡΆΤΗΣ")]
    [InlineData("hurriyet daily new")]
    public void Names_are_found_as_in_the_text_lower_cased_one_character_at_a_time(string text)
    {
        string[] names = ["hürriyet daily news", "kars", "σωκράτης", "tass"];
        var scanner = new NameScanner(names.Select(n => (n, (byte)1)).ToList());
        var lowered = new string(text.Select(char.ToLowerInvariant).ToArray());

        Assert.Equal(names.Any(lowered.Contains), scanner.Finds(text, 1));
    }

    [Fact]
    public void A_character_table_answers_for_every_case_of_its_keys_in_the_order_given()
    {
        (char Key, string Value)[] entries = [('U', "Updated "), ('u', "updated: "), ('İ', "İZMİR"), ('“', "“Quote"), ('s', "Source: ")];
        var table = new CaseBlindCharTable<string>(entries);

        foreach (var c in "UuİiIsSŞ“”\u212Ak\0é")
        {
            var expected = entries.Where(e => char.ToLowerInvariant(e.Key) == char.ToLowerInvariant(c)).Select(e => e.Value).ToArray();
            Assert.Equal(expected.Length == 0 ? null : expected, table[c]);
        }

        Assert.Equal(["Updated ", "updated: "], table['U']!);
    }

    [Fact]
    public void Fixed_text_is_found_around_its_rarest_character()
    {
        var literal = new LiteralText("(Reuters)");

        Assert.Equal('(', literal.Anchor);
        var line = "LONDON (REUTERS) - text";
        Assert.True(literal.IsAt(line, line.IndexOf('(')));
        Assert.False(literal.IsAt("(Reuter", 0));
    }
}
