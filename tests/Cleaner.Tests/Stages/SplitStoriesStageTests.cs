using static Cleaner.Tests.Stages.StageInput;

namespace Cleaner.Tests.Stages;

public sealed class SplitStoriesStageTests
{
    private const string TramStory = """
        City council delays vote on tram line extension
        By Priya Natarajan
        21 January 2025

        Northgate city council on Monday postponed a vote on extending the tram network to the eastern suburbs, saying it needed a fresh cost estimate after bids came in well above budget.

        The extension would add six stops between the central station and the Millbrook housing estate, where residents have campaigned for a rail link for a decade.
        """;

    private const string DentistStory = """
        Dentists warn of long waits as practices stop taking new patients
        By Aisha Rahman
        Published 20 January 2025

        Dentists in Northgate have warned that families face waits of more than a year for a check-up, after six practices in the city stopped accepting new patients under the public scheme.

        The local dental committee said many dentists were leaving the scheme because the fees no longer covered the cost of materials and staff.
        """;

    [Fact]
    public void Two_stories_each_opened_by_headline_byline_and_date_are_cut_apart_at_the_second_headline()
    {
        var text = "Northgate Post\nHome\nNews\n\n" + TramStory + "\n\nShare this article\n\n" + DentistStory;

        var result = Split(text);

        Assert.Equal(2, result.Stories.Count);
        var lines = result.Document.Lines;
        var (first, second) = (result.Stories[0], result.Stories[1]);
        Assert.Equal("City council delays vote on tram line extension", lines[first.TitleLine!.Value].Text);
        Assert.Equal("Dentists warn of long waits as practices stop taking new patients", lines[second.TitleLine!.Value].Text);
        Assert.Equal(4, first.FirstLine);
        Assert.Equal(second.FirstLine, first.EndLine);
        Assert.Equal(lines.Count, second.EndLine);
        Assert.Equal((1, 2), (first.Number, first.Of));
        Assert.Equal((2, 2), (second.Number, second.Of));
    }

    [Fact]
    public void Page_chrome_above_the_first_story_is_left_out_of_it_and_counted_by_kind()
    {
        var text = """
            Northgate Post
            Home
            News
            BREAKING
            Coastguard says all crew of the stranded ferry have been brought ashore safely.
            Central bank holds interest rate at 3.5 percent, citing slower inflation.
            """ + "\n\n" + TramStory;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal(7, story.FirstLine);
        Assert.Equal(3, result.ChromeRemoved["menu"]);
        Assert.Equal(3, result.ChromeRemoved["ticker"]);
    }

    [Fact]
    public void A_most_read_list_that_repeats_its_headlines_with_dates_is_not_a_story()
    {
        var text = TramStory + """


            Most Read

            Heatwave warning issued for the weekend as temperatures climb
            Heatwave warning issued for the weekend as temperatures climb
            18 January 2025

            Police appeal for witnesses after break-in at village post office
            Police appeal for witnesses after break-in at village post office
            17 January 2025
            """;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal(0, story.FirstLine);
        Assert.Equal(result.Document.Lines.Count, story.EndLine);
    }

    [Fact]
    public void A_headline_printed_again_under_its_widgets_opens_one_story_at_its_first_printing()
    {
        var text = """
            Regional airline orders twelve electric aircraft for island routes

            Regional airline orders twelve electric aircraft for island routes
            Updated 14 May 2025
            Follow

            Regional airline orders twelve electric aircraft for island routes
            KESTREL: A regional airline has ordered twelve nine-seat electric aircraft to replace the ageing turboprops it flies between the mainland and the outer islands, the company said on Wednesday.
            Deliveries are due to start in 2027, subject to certification by aviation regulators.
            """;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal(0, story.FirstLine);
        Assert.Equal(0, story.TitleLine);
    }

    [Fact]
    public void A_caption_printed_twice_between_headline_and_byline_does_not_take_the_headline_s_place()
    {
        const string caption = "Rescuers carry food parcels across a damaged footbridge near the village of Orlen Vale on Sunday";
        var text = "Rivermouth Daily\nMenu\n\nCity council delays vote on tram line extension\n\n" + caption + "\n" + caption + "\n"
            + TramStory[(TramStory.IndexOf('\n') + 1)..];

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("City council delays vote on tram line extension", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void A_date_prefixed_headline_opens_a_story_without_any_other_signal()
    {
        var text = """
             date 2025-03-24 Turkish top diplomat to go to US for key strategic talks

            ANKARA

            Turkish Foreign Minister Hakan Fidan is set to hold strategic talks with his American counterpart during his first trip to Washington since the new administration took office.
            """;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal(0, story.TitleLine);
    }

    [Fact]
    public void A_headline_with_metadata_but_almost_no_prose_under_it_does_not_open_a_story()
    {
        var text = """
            Ferry fares to rise from June
            By Aisha Rahman
            20 January 2025

            Fares will rise by six percent.
            """;

        Assert.Empty(Split(text).Stories);
    }

    [Fact]
    public void Without_a_marked_headline_the_story_starts_at_the_headline_above_the_first_paragraph()
    {
        var text = """
            Valley Ledger
            Home
            Local

            Library reopens after flood repairs with longer weekend hours

            ASHFORD

            The central library in Ashford Valley reopened on Saturday after eight months of repairs following the spring floods, with new weekend opening hours and a larger children's section for families.

            Floodwater filled the basement and ground floor in March, destroying about 12,000 books and most of the building's heating and electrical equipment, the town council said.

            The council said the repairs cost about 1.4 million and were largely covered by insurance, with a public appeal raising money to replace the lost books.
            """;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal(4, story.FirstLine);
        Assert.Equal(4, story.TitleLine);
        Assert.Equal(result.Document.Lines.Count, story.EndLine);
    }

    [Fact]
    public void Without_a_marked_headline_too_little_prose_is_no_story()
    {
        var text = """
            Valley Ledger
            Home

            Library reopens after flood repairs

            The central library reopened on Saturday after eight months of repairs following the spring floods, with new weekend opening hours.
            """;

        Assert.Empty(Split(text).Stories);
    }

    [Fact]
    public void A_page_of_menus_and_teaser_headlines_has_no_story_and_all_of_it_is_counted_as_chrome()
    {
        var text = """
            The Castellan Herald
              • Home
              • News
              • Sport

            Latest News

            Port authority approves second container terminal
            Theatre company wins national award for touring production

            Privacy Policy
            © 2025 The Castellan Herald. All rights reserved.
            """;

        var result = Split(text);

        Assert.Empty(result.Stories);
        Assert.Equal(4, result.ChromeRemoved["menu"]);
        Assert.Equal(1, result.ChromeRemoved["sectionHeading"]);
        Assert.Equal(2, result.ChromeRemoved["teaser"]);
        Assert.Equal(1, result.ChromeRemoved["footer"]);
        Assert.Equal(1, result.ChromeRemoved["copyright"]);
    }

    private const string MarathonBody = """
        The route of this year's Northgate marathon has been changed to avoid the Old Harbour bridge, which will be closed for repairs until the autumn, organisers said on Thursday.

        Runners will instead cross the river on the Victoria footbridge and follow the canal towpath for three kilometres before rejoining the usual course near the gardens.

        About 9,000 runners are expected to take part in the race on the first Sunday of May, and road closures will be announced next week.
        """;

    private const string DentistBody = """
        Dentists in Northgate have warned that families face waits of more than a year for a check-up, after six practices in the city stopped accepting new patients under the public scheme.

        The local dental committee said many dentists were leaving the public scheme because the fees no longer covered the cost of materials and staff.

        Health officials said they were in talks with a dental school about opening a teaching clinic in the city centre to take on new patients.
        """;

    [Fact]
    public void Ticker_flashes_above_an_undated_story_are_not_its_first_paragraph()
    {
        var text = "The Kestrel Times\nHome\nWorld\n\nBREAKING\n"
            + "Coastguard says all crew of stranded ferry have been brought ashore safely after a night at sea.\n"
            + "Central bank holds interest rate at 3.5 percent, citing slower inflation in the second quarter.\n\n"
            + "Northgate marathon route changed to avoid bridge repairs\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void Stories_laid_out_as_headline_then_date_are_cut_apart_without_any_repeated_headline()
    {
        var text = "Northgate Post\n\nNorthgate marathon route changed to avoid bridge repairs\n11 April 2025\n\n" + MarathonBody
            + "\n\nDentists warn of long waits as practices stop taking new patients\n10 April 2025\n\n" + DentistBody;

        var result = Split(text);

        Assert.Equal(2, result.Stories.Count);
        Assert.Equal("Dentists warn of long waits as practices stop taking new patients", result.Document.Lines[result.Stories[1].TitleLine!.Value].Text);
    }

    [Fact]
    public void In_a_blog_archive_the_date_above_each_headline_opens_that_headline_s_story()
    {
        var text = "Northgate Notes - Local Updates for 2025: April 2025\n\nFriday, April 11, 2025\n\n"
            + "Northgate marathon route changed to avoid bridge repairs\n\n" + MarathonBody
            + "\n\nThursday, April 10, 2025\n\nDentists warn of long waits as practices stop taking new patients\n\n" + DentistBody;

        var result = Split(text);

        Assert.Equal(2, result.Stories.Count);
        var lines = result.Document.Lines;
        Assert.Equal(["Friday, April 11, 2025", "Thursday, April 10, 2025"], result.Stories.Select(s => lines[s.FirstLine].Text));
        Assert.Equal(["Northgate marathon route changed to avoid bridge repairs", "Dentists warn of long waits as practices stop taking new patients"],
            result.Stories.Select(s => lines[s.TitleLine!.Value].Text));
    }

    [Fact]
    public void A_later_headline_after_a_long_blank_gap_with_paragraphs_under_it_starts_a_story()
    {
        var text = "Live updates\n\nNorthgate marathon route changed to avoid bridge repairs\n\n" + MarathonBody
            + "\n\n\nDentists warn of long waits as practices stop taking new patients\n\n" + DentistBody;

        var result = Split(text);

        Assert.Equal(2, result.Stories.Count);
    }

    [Fact]
    public void A_later_headline_after_a_long_blank_gap_with_one_excerpt_under_it_is_a_teaser_not_a_story()
    {
        var text = "Live updates\n\nNorthgate marathon route changed to avoid bridge repairs\n\n" + MarathonBody
            + "\n\n\nDentists warn of long waits as practices stop taking new patients\n\n"
            + "Dentists in Northgate have warned that families face waits of more than a year for a check-up, after six practices in the city stopped accepting new patients under the public scheme, leaving thousands of families without a dentist in the city for the rest of the year.";

        var result = Split(text);

        Assert.Single(result.Stories);
    }

    [Fact]
    public void A_menu_item_behind_the_scraper_date_prefix_is_not_the_headline()
    {
        var text = " date 2025-04-11 Home Cities Northgate\n\nNorthgate marathon route changed to avoid bridge repairs\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void A_headline_reprinted_with_widget_residue_after_it_opens_the_story_at_its_clean_printing()
    {
        var text = "Business\n\nNorthgate marathon route changed to avoid bridge repairs\n\nNorthgate marathon route changed to avoid bridge repairs 150 150 admin\n\nBy Priya Natarajan\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void An_unpunctuated_standfirst_over_the_byline_does_not_take_the_place_of_the_headline_above_it()
    {
        var text = "Ask the Doctor\nJob Fair\n\nNorthgate marathon route changed to avoid bridge repairs\n\n"
            + "The route will avoid the Old Harbour bridge, which is closed for repairs until the autumn\nBy Priya Natarajan\nPublished 11 April 2025\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void A_section_label_above_the_headline_stays_out_of_the_story()
    {
        var text = "Northgate Post\n\nLocal Transport\n\nNorthgate marathon route changed to avoid bridge repairs\nBy Priya Natarajan\nPublished 11 April 2025\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void A_headline_printed_twice_in_a_row_with_no_other_headline_above_the_text_is_still_the_title()
    {
        var text = "Northgate Post\nHome\n\nNorthgate marathon route changed to avoid bridge repairs\nNorthgate marathon route changed to avoid bridge repairs\nBy Priya Natarajan\nPublished 11 April 2025\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
        Assert.Equal(story.TitleLine, story.FirstLine);
    }

    [Fact]
    public void A_title_case_headline_under_a_tagline_stays_the_headline()
    {
        var text = "Northgate Post\n\nThe voice of the valley since 1921\n\nNorthgate Marathon Route Changed To Avoid Bridge Repairs On The Old Harbour\nBy Priya Natarajan\nPublished 11 April 2025\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate Marathon Route Changed To Avoid Bridge Repairs On The Old Harbour", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void An_unpunctuated_standfirst_under_the_byline_and_date_leaves_the_headline_the_title()
    {
        var text = "Northgate Post\nHome\n\nNorthgate marathon route changed to avoid bridge repairs\nBy Priya Natarajan\n11 April 2025\n\n"
            + "The route will avoid the Old Harbour bridge, which is closed for repairs until the autumn\n\n" + MarathonBody;

        var result = Split(text);

        var story = Assert.Single(result.Stories);
        Assert.Equal("Northgate marathon route changed to avoid bridge repairs", result.Document.Lines[story.TitleLine!.Value].Text);
    }

    [Fact]
    public void A_published_on_line_after_a_story_stays_with_that_story_and_does_not_date_the_next()
    {
        var text = "Northgate Post\n\nNorthgate marathon route changed to avoid bridge repairs\nBy Priya Natarajan\n11 April 2025\n\n" + MarathonBody
            + "\nPublished on 11 April 2025\n\n\nDentists warn of long waits as practices stop taking new patients\n\n" + DentistBody;

        var result = Split(text);

        Assert.Equal(2, result.Stories.Count);
        Assert.Equal(result.Stories[1].TitleLine, result.Stories[1].FirstLine);
    }
}
