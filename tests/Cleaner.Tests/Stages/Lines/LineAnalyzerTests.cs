using Cleaner.Core.Model;
using Cleaner.Core.Stages.Lines;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages.Lines;

public sealed class LineAnalyzerTests
{
    private static readonly LineAnalyzer Analyzer = new(PipelineRunner.Config.Rules);

    private static AnalyzedLine Line(string raw) => Analyzer.Analyze(0, raw);

    [Fact]
    public void Lines_with_equal_keys_share_a_number_given_in_order_of_first_appearance()
    {
        var lines = Analyzer.Analyze(["Storm hits coast", "", "• STORM  hits coast", "Residents flee", "", "Storm hits coast."]);

        Assert.Equal([0, 1, 0, 2, 1, 3], lines.Select(line => line.KeyId));
        Assert.Equal(lines[0].Key, lines[2].Key);
    }

    [Fact]
    public void A_line_printed_again_gets_its_cue_again_and_a_line_differing_only_in_case_is_judged_on_its_own()
    {
        // The agency-name rule is case-sensitive: "Reuters" is a source line, "reuters" is not, though both share a key.
        var lines = Analyzer.Analyze(["Reuters", "Share", "", "reuters", "Share", "Reuters"]);

        Assert.Equal(
            [LineCue.SourceLine, LineCue.Share, LineCue.Blank, Line("reuters").Cue, LineCue.Share, LineCue.SourceLine],
            lines.Select(line => line.Cue));
        Assert.NotEqual(LineCue.SourceLine, lines[3].Cue);
    }

    [Theory]
    [InlineData("Share", LineCue.Share)]
    [InlineData("Follow", LineCue.Share)]
    [InlineData("4 min read", LineCue.Share)]
    [InlineData("Reading time: 6 minutes", LineCue.Share)]
    [InlineData("Follow us on Telegram", LineCue.Share)]
    [InlineData("Listen to this article", LineCue.Share)]
    [InlineData("spot_imgspot_img", LineCue.Placeholder)]
    [InlineData("Read more: Tram operator warns of driver shortage", LineCue.ReadMore)]
    [InlineData("ALSO READ » Millbrook residents march for transport links", LineCue.ReadMore)]
    [InlineData("Continue reading...", LineCue.ReadMore)]
    [InlineData("LEAVE A REPLY", LineCue.CommentHeading)]
    [InlineData("2 Comments", LineCue.CommentHeading)]
    [InlineData("3 thoughts on “Bakery owner turns surplus bread into beer”", LineCue.CommentHeading)]
    [InlineData("Please enter your comment!", LineCue.Comment)]
    [InlineData("Your email address will not be published. Required fields are marked *", LineCue.Comment)]
    [InlineData("Most Read", LineCue.TeaserHeading)]
    [InlineData("Read Next", LineCue.TeaserHeading)]
    [InlineData("Related News", LineCue.RelatedHeading)]
    [InlineData("BREAKING", LineCue.TickerHeading)]
    [InlineData("Off the wire", LineCue.TickerHeading)]
    [InlineData("About Us . Get the Channel? . Contact Us . Daily Mail . CRI . . eastday .", LineCue.LinkBar)]
    [InlineData("Home | News | Sport | Weather", LineCue.LinkBar)]
    [InlineData("Home | News | Sport", LineCue.None)]
    [InlineData("Rates rose . again and again . the bank said . on Monday in a statement to reporters", LineCue.None)]
    [InlineData("PTI @valleyledger", LineCue.SourceLine)]
    [InlineData("Reuters", LineCue.SourceLine)]
    [InlineData("Key points", LineCue.SummaryHeading)]
    [InlineData("HIGHLIGHTS", LineCue.SummaryHeading)]
    [InlineData("Tags", LineCue.TagHeading)]
    [InlineData("© 2025 The Kestrel Times. All rights reserved.", LineCue.Copyright)]
    [InlineData("Copyright 2025 Rivermouth Daily", LineCue.Copyright)]
    [InlineData("Google Play", LineCue.AppStore)]
    [InlineData("Privacy Policy", LineCue.Footer)]
    [InlineData("Reach Jane Roe at jroe@example.com or on 555-0143.", LineCue.Footer)]
    [InlineData("Contact Jane Roe at (555) 014-3000", LineCue.Footer)]
    [InlineData("Contact Tracing at the hospital began on Monday.", LineCue.None)]
    [InlineData("Email Support at any time, the council said.", LineCue.None)]
    [InlineData("Short Url", LineCue.StoryMarker)]
    [InlineData("Source: Agencies", LineCue.SourceLine)]
    [InlineData("Agencies", LineCue.SourceLine)]
    [InlineData("Northgate city council on Monday postponed a vote on extending the tram network.", LineCue.None)]
    [InlineData("City council delays vote on tram line extension", LineCue.None)]
    public void Boilerplate_lines_get_their_cue(string line, LineCue cue)
    {
        Assert.Equal(cue, Line(line).Cue);
    }

    [Theory]
    [InlineData("Updated 26 March 2025", LineCue.UpdatedDate, "26 March 2025")]
    [InlineData("Last updated: 5 February 2025 18:40 GMT", LineCue.UpdatedDate, "5 February 2025 18:40 GMT")]
    [InlineData("Updated 15 min 13 sec ago", LineCue.UpdatedDate, "15 min 13 sec ago")]
    [InlineData("Published 4 February 2025 09:15", LineCue.PublishedDate, "4 February 2025 09:15")]
    [InlineData("Posted: April 16, 2025", LineCue.PublishedDate, "April 16, 2025")]
    [InlineData("7 May 2023 16:52", LineCue.BareDate, "7 May 2023 16:52")]
    [InlineData("Wednesday, April 16, 2025", LineCue.BareDate, "Wednesday, April 16, 2025")]
    [InlineData("2 hours ago", LineCue.BareDate, "2 hours ago")]
    [InlineData("Harbour News Agency, March 3, 2025", LineCue.BareDate, "March 3, 2025")]
    [InlineData("Harbour News Agency, March 3, 2025 Adjust font size:", LineCue.BareDate, "March 3, 2025")]
    public void Date_lines_carry_the_date_text_without_their_prefix(string line, LineCue cue, string value)
    {
        var analyzed = Line(line);

        Assert.Equal(cue, analyzed.Cue);
        Assert.Equal(value, Assert.Single(analyzed.Parts).Value);
    }

    [Theory]
    [InlineData("Officials said, March 3, 2025")]
    [InlineData("The Harbour Board And Its Ferry Office, March 3, 2025")]
    public void A_date_after_words_that_are_no_short_name_is_not_a_date_line(string line)
    {
        Assert.False(LineCues.IsDate(Line(line).Cue));
    }

    [Fact]
    public void A_widget_after_words_that_say_nothing_of_the_story_leaves_the_line_a_widget()
    {
        Assert.Equal(LineCue.Share, Line("Text tools: Adjust font size:").Cue);
    }

    [Fact]
    public void A_line_that_only_mentions_a_year_is_not_a_date()
    {
        Assert.Equal(LineCue.None, Line("Updated plans for 2025").Cue);
        Assert.Equal(LineCue.None, Line("Construction is due to begin in 2026 and end in 2030").Cue);
    }

    [Theory]
    [InlineData("By Miriam Okafor", "Miriam Okafor")]
    [InlineData("by Ruth Abernathy and Tom Hale", "Ruth Abernathy and Tom Hale")]
    [InlineData("By Ruth Abernathy |", "Ruth Abernathy")]
    [InlineData("Reporting by Tom Hale", "Tom Hale")]
    [InlineData("  • By Al Mayadeen English", "Al Mayadeen English")]
    public void Bylines_carry_the_author_names(string line, string authors)
    {
        var analyzed = Line(line);

        Assert.Equal(LineCue.Byline, analyzed.Cue);
        Assert.Equal(authors, Assert.Single(analyzed.Parts).Value);
    }

    [Fact]
    public void A_sentence_that_starts_with_by_is_not_a_byline()
    {
        Assert.NotEqual(LineCue.Byline, Line("By the end of the year the council expects to have spent 1.4 million on repairs.").Cue);
    }

    [Fact]
    public void A_scraper_date_prefix_is_kept_apart_and_the_rest_of_the_line_is_read_on_its_own()
    {
        var headline = Line(" date 2025-03-24 Turkish top diplomat to go to US for key strategic talks");
        Assert.Equal("2025-03-24", headline.PrefixDate);
        Assert.Equal("Turkish top diplomat to go to US for key strategic talks", headline.Text);
        Assert.Equal(LineCue.None, headline.Cue);

        var menu = Line(" date 2022-08-21 Advertise With Us");
        Assert.Equal("2022-08-21", menu.PrefixDate);
        Assert.Equal("Advertise With Us", menu.Text);
    }

    [Fact]
    public void A_metadata_line_with_separators_has_one_part_per_piece()
    {
        var analyzed = Line("By Ruth Abernathy | Updated: January 6, 2022 01:55 IST");

        Assert.Equal(LineCue.Byline, analyzed.Cue);
        Assert.Equal([LineCue.Byline, LineCue.UpdatedDate], analyzed.Parts.Select(p => p.Cue));
        Assert.Equal("Ruth Abernathy", analyzed.Parts[0].Value);
    }

    [Fact]
    public void A_from_byline_gives_the_author_and_the_place()
    {
        var analyzed = Line("From Gyang Bere, Jos");

        Assert.Equal(LineCue.Byline, analyzed.Cue);
        Assert.Equal([new MetadataPart(LineCue.Byline, "Gyang Bere"), new MetadataPart(LineCue.BylinePlace, "Jos")], analyzed.Parts);
    }

    [Fact]
    public void A_date_and_time_run_together_with_a_byline_give_both_parts()
    {
        var analyzed = Line("31 January 2018 - 11:37 By Natasha Marrian");

        Assert.Equal([LineCue.BareDate, LineCue.Byline], analyzed.Parts.Select(p => p.Cue));
        Assert.Equal(["31 January 2018 - 11:37", "Natasha Marrian"], analyzed.Parts.Select(p => p.Value));
    }

    [Fact]
    public void A_name_run_together_with_its_published_and_updated_dates_is_a_byline_with_dates()
    {
        var analyzed = Line("The Newspaper's Staff Reporter Published October 6, 2025 Updated October 6, 2025 05:58am");

        Assert.Equal(LineCue.Byline, analyzed.Cue);
        Assert.Equal([LineCue.Byline, LineCue.PublishedDate, LineCue.UpdatedDate], analyzed.Parts.Select(p => p.Cue));
        Assert.Equal("The Newspaper's Staff Reporter", analyzed.Parts[0].Value);
    }

    [Fact]
    public void A_sentence_that_mentions_publication_is_not_a_name_with_dates()
    {
        Assert.Equal(LineCue.None, Line("The report was Published October 6, 2025 by the council").Cue);
    }

    [Theory]
    [InlineData("Cranes unload a cargo ship at the existing terminal in Castellan Bay on March 10, 2025. (AFP)")]
    [InlineData("Turkish Foreign Minister Hakan Fidan answers questions during a press conference in Istanbul, January 10, 2025. (AP Photo/Khalil Hamra)")]
    [InlineData("A journalist casts a shadow next to logos at the summit in Washington, July 9, 2024. REUTERS/Yves Herman/File Photo Purchase Licensing Rights")]
    [InlineData("A weir on the upper river near Hollin Ford. (Photo: Oskar Lindholm)")]
    [InlineData("Debris lies at the scene of a strike on a military facility, on April 3, 2025. (Abdulaziz Ketaz/AFP)")]
    public void Captions_are_recognized_by_the_credit_at_their_end(string line)
    {
        Assert.Equal(LineCue.CaptionCredit, Line(line).Cue);
    }

    [Theory]
    [InlineData("Oscar Pistorius talks to his father after a court appearance in Pretoria. Credit: Reuters")]
    [InlineData("Map: Areas hit by flash flooding in Somerset")]
    [InlineData("Pakistani policemen—File Photo")]
    public void Credits_and_map_captions_are_caption_lines(string line)
    {
        Assert.Equal(LineCue.CaptionCredit, Line(line).Cue);
    }

    [Theory]
    [InlineData("Photo: Oskar Lindholm")]
    [InlineData("(AP Photo/Jane Roe)")]
    [InlineData("Image source, Emily Whitelock")]
    [InlineData("Getty Images")]
    public void A_credit_that_makes_up_the_whole_line_is_a_photo_credit_alone(string line)
    {
        Assert.Equal(LineCue.PhotoCredit, Line(line).Cue);
    }

    [Theory]
    [InlineData("Share on Pinterest")]
    [InlineData("Email This Link")]
    public void Share_buttons_named_after_a_network_or_by_email_are_widgets(string line)
    {
        Assert.Equal(LineCue.Share, Line(line).Cue);
    }

    [Fact]
    public void A_line_longer_than_any_boilerplate_is_still_a_caption_when_it_ends_in_a_credit()
    {
        var caption = string.Join(' ', Enumerable.Repeat("Rescuers carry food parcels across a damaged footbridge.", 12)) + " (Reuters)";

        Assert.True(Line(caption).Words > 40);
        Assert.Equal(LineCue.CaptionCredit, Line(caption).Cue);
    }

    [Fact]
    public void A_staff_credit_line_names_who_contributed()
    {
        var analyzed = Line("Times of Israel staff contributed to this report.");

        Assert.Equal(LineCue.Credit, analyzed.Cue);
        Assert.Equal("Times of Israel", Assert.Single(analyzed.Parts).Value);
    }

    [Theory]
    [InlineData("Fox News Digital’s Jane Roe contributed to this report.", "Fox News Digital")]
    [InlineData("Fox News Digital's Jane Roe and Tom Hale contributed to this report.", "Fox News Digital")]
    [InlineData("Times of Israel’s staff contributed to this report.", "Times of Israel")]
    [InlineData("This article was first published in Haaretz’s English edition", "Haaretz’s English edition")]
    public void A_credit_names_the_outlet_before_a_straight_or_curly_possessive(string line, string outlet)
    {
        var analyzed = Line(line);

        Assert.Equal(LineCue.Credit, analyzed.Cue);
        Assert.Equal(outlet, Assert.Single(analyzed.Parts).Value);
    }

    [Theory]
    [InlineData("An excavator clears mud and rocks from the blocked road above Upper Marrow")]
    [InlineData("An excavator clears mud and rocks from the blocked road above Upper Marrow.")]
    public void A_line_printed_twice_in_a_row_is_a_caption_with_or_without_a_full_stop(string caption)
    {
        var lines = Analyzer.Analyze([caption, caption, "", caption]);

        Assert.Equal([LineCue.CaptionCredit, LineCue.CaptionCredit, LineCue.Blank, LineCue.None], lines.Select(l => l.Cue));
    }

    [Fact]
    public void A_short_label_printed_twice_in_a_row_is_not_a_caption()
    {
        var lines = Analyzer.Analyze(["Road closures", "Road closures"]);

        Assert.All(lines, line => Assert.Equal(LineCue.None, line.Cue));
    }

    [Fact]
    public void Bullets_are_flagged_and_stripped_from_the_text_and_key()
    {
        var analyzed = Line("    • Turkish foreign minister meets Rubio in Washington");

        Assert.True(analyzed.IsBullet);
        Assert.Equal("Turkish foreign minister meets Rubio in Washington", analyzed.Text);
        Assert.Equal("turkish foreign minister meets rubio in washington", analyzed.Key);
        Assert.Equal("    • Turkish foreign minister meets Rubio in Washington", analyzed.Raw);
        Assert.Equal(7, analyzed.Words);
        Assert.False(analyzed.EndsLikeSentence);
    }

    [Fact]
    public void A_blank_or_whitespace_line_is_blank_with_no_words()
    {
        foreach (var raw in new[] { "", "   ", "\t" })
        {
            var analyzed = Line(raw);

            Assert.True(analyzed.IsBlank);
            Assert.Equal(0, analyzed.Words);
            Assert.Equal("", analyzed.Key);
        }
    }

    [Fact]
    public void Analyze_keeps_line_order_and_indexes()
    {
        var lines = Analyzer.Analyze(["Most Read", "", "By Miriam Okafor"]);

        Assert.Equal([0, 1, 2], lines.Select(l => l.Index));
        Assert.Equal([LineCue.TeaserHeading, LineCue.Blank, LineCue.Byline], lines.Select(l => l.Cue));
    }
}
