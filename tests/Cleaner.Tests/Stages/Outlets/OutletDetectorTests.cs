using Cleaner.Core.Model;
using Cleaner.Core.Rules;
using Cleaner.Core.Stages.Outlets;
using Cleaner.Tests.Support;
using static Cleaner.Tests.Stages.Outlets.OutletTestSupport;

namespace Cleaner.Tests.Stages.Outlets;

public sealed class OutletDetectorTests
{
    private static readonly OutletDetector Detector = new(ShippedConfig);

    private const string Prose =
        "The regional water authority said on Tuesday it would extend the opening hours of three public pumping stations " +
        "during the dry season, after residents in outlying districts complained of long queues.";

    public static TheoryData<string> ShippedProfileIds()
    {
        var data = new TheoryData<string>();
        foreach (var outlet in ShippedConfig.Outlets)
        {
            data.Add(outlet.Id);
        }

        return data;
    }

    [Fact]
    public void Shipped_profiles_load_and_include_the_seed_outlets_with_their_names_and_main_domains()
    {
        var outlets = ShippedConfig.Outlets.ToDictionary(o => o.Id);

        Assert.True(outlets.Count >= 25, $"only {outlets.Count} outlet profiles shipped");
        Assert.Equal(("Arab News", "arabnews.com"), (outlets["arab-news"].Name, outlets["arab-news"].Domains[0]));
        Assert.Equal(("Hürriyet Daily News", "hurriyetdailynews.com"), (outlets["hurriyet-daily-news"].Name, outlets["hurriyet-daily-news"].Domains[0]));
        Assert.Equal(("Asharq Al-Awsat", "english.aawsat.com"), (outlets["asharq-al-awsat"].Name, outlets["asharq-al-awsat"].Domains[0]));
        Assert.Equal(("The Times of Israel", "timesofisrael.com"), (outlets["times-of-israel"].Name, outlets["times-of-israel"].Domains[0]));
        Assert.Equal(("Al Mayadeen English", "english.almayadeen.net"), (outlets["al-mayadeen"].Name, outlets["al-mayadeen"].Domains[0]));
    }

    [Fact]
    public void The_library_embeds_the_same_profiles_as_the_repository_folder()
    {
        var embedded = CleanerConfig.LoadDefault().Outlets.Select(o => o.Id).Order(StringComparer.Ordinal);
        var folder = ShippedConfig.Outlets.Select(o => o.Id).Order(StringComparer.Ordinal);

        Assert.Equal(folder, embedded);
    }

    [Fact]
    public void Every_shipped_profile_records_its_sources_and_no_two_profiles_share_a_domain()
    {
        foreach (var outlet in ShippedConfig.Outlets)
        {
            Assert.True(outlet.Sources.Count > 0, $"{outlet.Id} lists no sources");
        }

        var shared = ShippedConfig.Outlets.SelectMany(o => o.Domains.Select(d => (Domain: d, o.Id)))
            .GroupBy(x => x.Domain)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("broken-regex", """{ "id": "broken-regex", "name": "Broken", "domains": ["broken.example"], "signatures": [ { "pattern": "^(unclosed", "weight": 0.5 } ] }""", "invalid regular expression")]
    [InlineData("zero-weight", """{ "id": "zero-weight", "name": "Zero", "domains": ["zero.example"], "signatures": [ { "line": "Zero", "weight": 0 } ] }""", "weight must be in (0, 1]")]
    [InlineData("heavy-weight", """{ "id": "heavy-weight", "name": "Heavy", "domains": ["heavy.example"], "signatures": [ { "line": "Heavy", "weight": 1.5 } ] }""", "weight must be in (0, 1]")]
    [InlineData("wrong-name", """{ "id": "another-id", "name": "Wrong", "domains": ["wrong.example"] }""", "must be named after its id")]
    [InlineData("unknown-key", """{ "id": "unknown-key", "name": "Unknown", "domains": ["unknown.example"], "homepage": "x" }""", "homepage")]
    [InlineData("blank-alias", """{ "id": "blank-alias", "name": "Blank", "domains": ["blank.example"], "aliases": [" "] }""", "aliases must not be blank")]
    [InlineData("both-kinds", """{ "id": "both-kinds", "name": "Both", "domains": ["both.example"], "signatures": [ { "line": "A", "pattern": "^A$", "weight": 0.5 } ] }""", "exactly one of 'line' or 'pattern'")]
    public void A_broken_profile_is_rejected_naming_its_file(string fileId, string json, string reason)
    {
        using var config = new TempConfig(new Dictionary<string, string> { [$"outlets/{fileId}.json"] = json });

        var error = Assert.Throws<ConfigException>(config.Load);

        Assert.Contains($"outlets/{fileId}.json", error.Message.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_outlet_is_picked_up_by_dropping_a_file_in_the_folder()
    {
        const string json = """
            { "id": "example-gazette", "name": "Example Gazette", "domains": ["gazette.example"],
              "signatures": [ { "kind": "layout", "line": "Read the Gazette daily", "weight": 0.6 } ] }
            """;
        using var config = new TempConfig(new Dictionary<string, string> { ["outlets/example-gazette.json"] = json });
        var detector = new OutletDetector(config.Load());

        var outlet = detector.Detect(detector.ScanPage(["Headline", "Read the Gazette daily", Prose]), [Prose]);

        Assert.Equal("example-gazette", outlet.Id);
        Assert.Equal(0.6, outlet.Confidence);
        Assert.Equal(["layout line 'Read the Gazette daily' (+0.6)"], outlet.Evidence);
    }

    [Theory]
    [MemberData(nameof(ShippedProfileIds))]
    public void Each_profile_sample_page_is_detected_as_that_outlet_through_its_own_signatures(string id)
    {
        var path = Path.Combine(SamplesFolder, id + ".txt");
        Assert.True(File.Exists(path), $"no sample page for {id}: {path}");
        var lines = ReadLines(path);
        var profile = ShippedConfig.Outlets.Single(o => o.Id == id);

        var outlet = Detector.Detect(Detector.ScanPage(lines), lines);

        Assert.Equal(id, outlet.Id);
        Assert.Equal(profile.Name, outlet.Name);
        Assert.Equal(profile.Domains[0], outlet.Domain);
        Assert.InRange(outlet.Confidence, ShippedConfig.Settings.Detect.MinConfidence, 1.0);
        if (profile.Signatures.Count > 0)
        {
            var ownKinds = profile.Signatures.Select(s => s.Kind + " line '").ToList();
            Assert.Contains(outlet.Evidence, e => ownKinds.Any(k => e.StartsWith(k, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("arab-news-infinite-scroll/000_72623d22b9095ea1.txt", "arab-news")]
    [InlineData("hurriyet-daily-news-dateline-line/001_36f7d3e9a4e5bbdc.txt", "hurriyet-daily-news")]
    [InlineData("asharq-al-awsat-repeated-captions/002_bf835988c6767daa.txt", "asharq-al-awsat")]
    [InlineData("times-of-israel-republished/003_9d9153fa0c8bcfbf.txt", "times-of-israel")]
    [InlineData("al-mayadeen-menus-ticker-tags/004_eb0a1433f1a75fa8.txt", "al-mayadeen")]
    public void Each_seed_dump_is_detected_as_its_gold_outlet(string fixture, string expected)
    {
        var gold = GoldOutletIds(Path.GetFileName(fixture));
        if (gold is not null)
        {
            Assert.Equal([expected], gold);
        }

        // The whole dump stands in for the story: the page decides multi-story dumps, and 003's credit line is in it.
        var lines = ReadLines(Path.Combine(RepoPaths.Fixtures, fixture));
        var outlet = Detector.Detect(Detector.ScanPage(lines), lines);

        Assert.Equal(expected, outlet.Id);
        Assert.InRange(outlet.Confidence, ShippedConfig.Settings.Detect.MinConfidence, 1.0);
    }

    [Fact]
    public void The_hurriyet_seed_is_found_by_its_standalone_city_line()
    {
        var lines = ReadLines(Path.Combine(RepoPaths.Fixtures, "hurriyet-daily-news-dateline-line", "001_36f7d3e9a4e5bbdc.txt"));

        var outlet = Detector.ScanPage(lines).Outlet;

        Assert.Equal("hurriyet-daily-news", outlet.Id);
        Assert.Equal(0.5, outlet.Confidence);
        Assert.Equal(["dateline line 'ANKARA' (+0.5)"], outlet.Evidence);
    }

    [Fact]
    public void A_city_line_in_ordinary_case_is_a_menu_entry_not_a_dateline()
    {
        var page = Detector.ScanPage(["Ankara", "Istanbul", Prose]);

        Assert.Equal(OutletInfo.UnknownId, page.Outlet.Id);
        Assert.Empty(page.Scores);
    }

    [Fact]
    public void Generic_news_text_with_no_outlet_marker_is_unknown()
    {
        string[] lines =
        [
            "Home", "News", "World", "Share", "Follow", "Advertisement",
            "Water authority extends pumping station hours",
            "Residents queue at a pumping station on the edge of the city. (AP Photo/Jane Roe)",
            "A worker checks a valve. REUTERS/Jane Roe/File Photo Purchase Licensing Rights",
            "CAIRO: " + Prose,
            "By Jane Roe", "Source link", "Related Posts", "Most Read", "© 2031 All rights reserved.",
        ];

        var outlet = Detector.Detect(Detector.ScanPage(lines), lines);

        Assert.Equal(OutletInfo.Unknown(0, []), outlet with { Evidence = [] });
        Assert.Empty(outlet.Evidence);
    }

    [Fact]
    public void A_weak_marker_alone_stays_unknown_and_reports_the_closest_outlet()
    {
        var outlet = Detector.ScanPage(["Headline", "Image: Residents queue at a pumping station", Prose]).Outlet;

        Assert.Equal(OutletInfo.UnknownId, outlet.Id);
        Assert.Equal(0.2, outlet.Confidence);
        Assert.StartsWith("closest: sky-news", outlet.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_line_overrides_the_page_it_was_republished_on()
    {
        var arabNewsPage = ReadLines(Path.Combine(SamplesFolder, "arab-news.txt"));
        string[] story = ["Water authority extends pumping station hours", Prose, "Times of Israel staff contributed to this report."];
        var page = Detector.ScanPage([.. arabNewsPage, .. story]);

        var outlet = Detector.Detect(page, story);

        Assert.Equal("arab-news", page.Outlet.Id);
        Assert.Equal(new OutletInfo("times-of-israel", "The Times of Israel", "timesofisrael.com", 1.0,
            ["credit line 'Times of Israel staff contributed to this report.' (decisive)"]), outlet with { Evidence = outlet.Evidence.ToList() }, OutletInfoComparer.Instance);
    }

    [Fact]
    public void A_story_given_as_page_lines_takes_the_credit_lines_within_it_only()
    {
        var arabNewsPage = ReadLines(Path.Combine(SamplesFolder, "arab-news.txt"));
        string[] story = ["Water authority extends pumping station hours", Prose, "  Times of Israel staff contributed to this report.  "];
        string[] next = ["Council delays tram vote", Prose];
        var page = Detector.ScanPage([.. arabNewsPage, .. story, .. next]);
        var start = arabNewsPage.Count;

        var credited = Detector.Detect(page, start, start + story.Length);
        var following = Detector.Detect(page, start + story.Length, start + story.Length + next.Length);

        Assert.Equal(["credit line 'Times of Israel staff contributed to this report.' (decisive)"], credited.Evidence);
        Assert.Equal("arab-news", following.Id);
    }

    [Fact]
    public void A_story_given_as_page_lines_gets_the_outlet_it_gets_given_as_its_own_lines()
    {
        var pages = Directory.EnumerateFiles(SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.txt", SearchOption.AllDirectories))
            .Select(ReadLines)
            .ToList();
        var credited = 0;
        foreach (var lines in pages)
        {
            var page = Detector.ScanPage(lines);
            var half = lines.Count / 2;
            foreach (var (first, end) in new[] { (0, lines.Count), (0, half), (half, lines.Count) })
            {
                var expected = Detector.Detect(page, lines.Skip(first).Take(end - first).ToList(), "example.org");

                var outlet = Detector.Detect(page, first, end, "example.org");

                Assert.Equal(expected, outlet with { Evidence = outlet.Evidence }, OutletInfoComparer.Instance);
                credited += outlet.Evidence.Any(e => e.StartsWith("credit line", StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        Assert.True(credited >= 2, $"only {credited} stories credited: the check needs credit lines");
    }

    [Theory]
    [InlineData("Fox News Digital’s Jane Roe contributed to this report.")]
    [InlineData("Fox News Digital's Jane Roe contributed to this report.")]
    public void A_possessive_credit_with_a_curly_or_straight_apostrophe_credits_the_outlet(string credit)
    {
        string[] story = ["Water authority extends pumping station hours", Prose, credit];

        var outlet = Detector.Detect(Detector.ScanPage(["Home", "Latest", .. story]), story);

        Assert.Equal(("fox-news", 1.0), (outlet.Id, outlet.Confidence));
    }

    [Fact]
    public void A_first_published_in_note_credits_the_original_outlet()
    {
        string[] story = ["Water authority extends pumping station hours", Prose, "This article was first published in Arab News"];

        var outlet = Detector.Detect(Detector.ScanPage(["Home", "Latest", .. story]), story);

        Assert.Equal(("arab-news", 1.0), (outlet.Id, outlet.Confidence));
    }

    [Fact]
    public void A_wire_service_credit_does_not_take_the_story_from_the_page()
    {
        var arabNewsPage = ReadLines(Path.Combine(SamplesFolder, "arab-news.txt"));
        string[] story = [Prose, "Reuters contributed to this report.", "By Reuters"];

        var outlet = Detector.Detect(Detector.ScanPage([.. arabNewsPage, .. story]), story);

        Assert.Equal("arab-news", outlet.Id);
    }

    [Theory]
    [InlineData("www.timesofisrael.com", "times-of-israel")]
    [InlineData("english.aawsat.com", "asharq-al-awsat")]
    [InlineData("ENGLISH.AAWSAT.COM.", "asharq-al-awsat")]
    [InlineData("www.hurriyetdailynews.com:443", "hurriyet-daily-news")]
    [InlineData("example.org", "arab-news")]
    [InlineData("notarabnews.com", "arab-news")]
    public void A_host_on_an_outlet_domain_overrides_the_page_signals(string host, string expected)
    {
        var arabNewsPage = ReadLines(Path.Combine(SamplesFolder, "arab-news.txt"));

        var outlet = Detector.Detect(Detector.ScanPage(arabNewsPage), [Prose], host);

        Assert.Equal(expected, outlet.Id);
        if (expected != "arab-news")
        {
            Assert.Equal(1.0, outlet.Confidence);
            Assert.Contains("(decisive)", outlet.Evidence.Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_credit_line_wins_over_the_host()
    {
        string[] story = [Prose, "Times of Israel staff contributed to this report."];

        var outlet = Detector.Detect(Detector.ScanPage(story), story, "www.arabnews.com");

        Assert.Equal("times-of-israel", outlet.Id);
    }

    [Fact]
    public void A_signature_counts_once_per_page_however_often_it_repeats()
    {
        var page = Detector.ScanPage(["Short Url", Prose, "Short Url", Prose, "Short Url"]);

        Assert.Equal("arab-news", page.Outlet.Id);
        Assert.Equal(0.55, page.Outlet.Confidence);
    }

    [Fact]
    public void Confidences_combine_as_independent_evidence_and_evidence_lists_the_strongest_first()
    {
        var page = Detector.ScanPage(["Title", "Short Url", "Updated 14 March 2031", "Updated 5 min 2 sec ago", Prose]);

        // 1 − (1 − 0.55)(1 − 0.2)(1 − 0.2) = 0.712
        Assert.Equal(0.712, page.Outlet.Confidence);
        Assert.Equal(
            ["layout line 'Short Url' (+0.55)", "date line 'Updated 14 March 2031' (+0.2)", "date line 'Updated 5 min 2 sec ago' (+0.2)"],
            page.Outlet.Evidence);
    }

    [Fact]
    public void Site_name_copyright_domain_and_byline_signals_come_from_the_profile_names()
    {
        Assert.Equal(["site-name line 'Al Mayadeen English' (+0.6)"], Detector.ScanPage(["  • Al Mayadeen English", Prose]).Outlet.Evidence);
        Assert.Equal(["byline 'By Al Mayadeen English' (+0.5)"], Detector.ScanPage(["By Al Mayadeen English", Prose]).Outlet.Evidence);
        Assert.Equal(["copyright line '© 2031 Arab News. All rights reserved.' (+0.8)"], Detector.ScanPage(["© 2031 Arab News. All rights reserved.", Prose]).Outlet.Evidence);
        Assert.Equal(["domain mention 'arabnews.com' (+0.7)"], Detector.ScanPage([Prose + " More at https://www.arabnews.com/node/1."]).Outlet.Evidence);
        Assert.Equal(["site-name line 'The Times of Israel' (+0.6)"], Detector.ScanPage(["The Times of Israel", Prose]).Outlet.Evidence);
    }

    [Fact]
    public void A_copyright_line_counts_for_every_outlet_it_names_and_a_plain_mention_for_none()
    {
        var page = Detector.ScanPage(["© 2031 Arab News and Al Mayadeen English. All rights reserved.", Prose]);
        var mention = Detector.ScanPage(["Arab News and Al Mayadeen English reported the figures first.", Prose]);

        Assert.Equal(["al-mayadeen", "arab-news"], page.Scores.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Empty(mention.Scores);
    }

    [Theory]
    [InlineData("Read it on notarabnews.com today.")]
    [InlineData("Mirror at arabnews.com.example.net")]
    [InlineData("© 2031 Arab Newsroom Ltd. All rights reserved.")]
    [InlineData("Arab News reported the figures on Monday, the ministry said.")]
    [InlineData("Reuters")]
    [InlineData("By Reuters")]
    [InlineData("National")]
    [InlineData("© 2031 National Widgets Ltd. All rights reserved.")]
    public void Near_misses_do_not_count(string line)
    {
        var page = Detector.ScanPage([line, Prose]);

        Assert.Empty(page.Scores);
        Assert.Equal(OutletInfo.UnknownId, page.Outlet.Id);
    }

    [Fact]
    public void Shared_layout_lines_go_to_the_outlet_with_the_stronger_evidence()
    {
        // Daily Sabah prints a standalone city line too; its own header lines outweigh Hürriyet's city-line signature.
        var lines = ReadLines(Path.Combine(SamplesFolder, "daily-sabah.txt"));

        var page = Detector.ScanPage(lines);

        Assert.Equal("daily-sabah", page.Outlet.Id);
        Assert.Equal(["daily-sabah", "hurriyet-daily-news"], page.Scores.Select(s => s.Id));
        Assert.Equal(0.5, page.Scores[1].Confidence);
    }

    [Fact]
    public void Equal_confidences_are_broken_by_outlet_id()
    {
        const string first = """{ "id": "aaa-tribune", "name": "AAA Tribune", "domains": ["aaa.example"], "signatures": [ { "line": "Shared label", "weight": 0.6 } ] }""";
        const string second = """{ "id": "bbb-tribune", "name": "BBB Tribune", "domains": ["bbb.example"], "signatures": [ { "line": "Shared label", "weight": 0.6 } ] }""";
        using var config = new TempConfig(new Dictionary<string, string>
        {
            ["outlets/bbb-tribune.json"] = second,
            ["outlets/aaa-tribune.json"] = first,
        }, keepShippedOutlets: false);
        var detector = new OutletDetector(config.Load());

        var page = detector.ScanPage(["Shared label", Prose]);

        Assert.Equal("aaa-tribune", page.Outlet.Id);
        Assert.Equal(["aaa-tribune", "bbb-tribune"], page.Scores.Select(s => s.Id));
    }

    [Fact]
    public void Page_signals_from_another_detector_are_refused()
    {
        var other = new OutletDetector(ShippedConfig);

        Assert.Throws<ArgumentException>(() => Detector.Detect(other.ScanPage([Prose]), [Prose]));
    }

    [Fact]
    public void An_empty_page_is_unknown_with_no_evidence()
    {
        var outlet = Detector.Detect(Detector.ScanPage([]), []);

        Assert.Equal(OutletInfo.UnknownId, outlet.Id);
        Assert.Equal(0, outlet.Confidence);
        Assert.Empty(outlet.Evidence);
    }

    /// <summary>Records compare their evidence lists by reference; this compares them by content.</summary>
    private sealed class OutletInfoComparer : IEqualityComparer<OutletInfo>
    {
        public static readonly OutletInfoComparer Instance = new();

        public bool Equals(OutletInfo? x, OutletInfo? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Name == y.Name && x.Domain == y.Domain
            && x.Confidence.Equals(y.Confidence) && x.Evidence.SequenceEqual(y.Evidence);

        public int GetHashCode(OutletInfo obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
