using Cleaner.Core.Model;
using static Cleaner.Tests.Stages.StageInput;

namespace Cleaner.Tests.Stages;

public sealed class CleanStoryStageTests
{
    // A short first paragraph and a credited picture caption, for the cases that tell a standfirst from a first paragraph.
    private const string WeirsParagraph = "Two old weirs will be taken down this summer, opening forty kilometres of river to salmon.";
    private const string WeirCaption = "A weir on the upper river near Hollin Ford. (Photo: Oskar Lindholm)";

    private const string Header = "Port authority approves second container terminal after review\nBy Miriam Okafor\n12 March 2025\n\n";

    private const string Lead =
        "The port authority of Castellan Bay voted on Tuesday to approve a second container terminal, ending a two-year review that drew objections from fishermen, residents and two neighbouring councils.";

    private const string Second =
        "Board members voted seven to two in favour of the plan, which will add four berths on reclaimed land north of the existing quay and is expected to double capacity by 2030.";

    private const string Third =
        "Opponents said the reclamation work would destroy spawning grounds used by the local sardine fleet, and a residents' group said it would ask the regional court to suspend the permit.";

    private const string Fourth = "Construction is due to begin next spring.";

    [Fact]
    public void Caption_with_an_agency_credit_between_paragraphs_goes_to_captions_not_the_text()
    {
        const string caption = "Cranes unload a cargo ship at the existing terminal in Castellan Bay on March 10, 2025. (AFP)";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + caption + "\n\n" + Third);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
        Assert.Equal(1, story.Removed["caption"]);
    }

    [Fact]
    public void Caption_printed_twice_under_the_byline_is_kept_once_in_captions()
    {
        const string caption = "Cranes unload a cargo ship at the existing terminal in Castellan Bay on Monday";
        var story = CleanSingle(Header + caption + "\n" + caption + "\n\n" + Lead + "\n\n" + Second);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(2, story.Removed["caption"]);
    }

    [Fact]
    public void Caption_without_full_stop_printed_twice_inside_the_body_leaves_the_text()
    {
        const string caption = "An excavator clears mud and rocks from the blocked road above the harbour";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + caption + "\n" + caption + "\n\n" + Third);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void Caption_with_a_full_stop_printed_twice_in_a_row_inside_the_body_leaves_the_text()
    {
        const string caption = "An excavator clears mud and rocks from the blocked road above the harbour.";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + caption + "\n" + caption + "\n\n" + Third);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void A_credit_alone_under_a_caption_makes_that_line_the_caption_and_is_not_listed_itself()
    {
        const string caption = "A weir on the upper river near Hollin Ford, one of two due to be removed in July";
        var story = CleanSingle(Header + Lead + "\n\n" + caption + "\nPhoto: Oskar Lindholm\n\n" + Second);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(2, story.Removed["caption"]);
    }

    [Fact]
    public void A_short_caption_ending_in_a_file_photo_credit_is_listed()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\nHarbour police officers—File Photo\n\n" + Third);

        Assert.Equal(["Harbour police officers—File Photo"], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void Caption_labels_are_removed_but_only_the_caption_after_them_is_listed()
    {
        const string caption = "North Cadbury village has been blocked at both ends by flood waters";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\nImage source, Emily Whitelock\nImage caption,\n\n" + caption + "\n\n" + Third);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void A_last_paragraph_ending_in_an_agency_name_is_the_wire_sign_off_and_stays_in_the_text()
    {
        const string signOff = "The company said all of its ferries would undergo safety inspections before services resume. (Reuters)";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + signOff + "\n\nPrivacy Policy");

        Assert.Empty(story.Captions);
        Assert.Equal([Lead, Second, signOff], ParagraphTexts(story));
    }

    [Fact]
    public void A_paragraph_ending_in_an_agency_name_with_text_after_it_is_a_caption()
    {
        const string caption = "Cranes unload a cargo ship at the existing terminal in Castellan Bay on March 10, 2025. (Reuters)";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + caption + "\n\n" + Third);

        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void A_teaser_excerpt_set_tight_under_its_headline_in_a_related_box_is_not_text()
    {
        var story = CleanSingle(Header + Lead + "\n\nRelated\n\nWater restrictions tightened in three southern districts\n"
            + "Households in three districts will be limited to watering gardens twice a week from Monday.\n\n" + Second + "\n\n" + Third);

        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
        Assert.Equal(LineRole.Related, RoleOf(story, "Households in three districts will be limited to watering gardens twice a week from Monday."));
    }

    [Fact]
    public void Inline_read_more_and_also_read_links_are_removed_from_the_body()
    {
        var story = CleanSingle(Header + Lead + "\n\nRead more: Tram operator warns of driver shortage\n\n" + Second
            + "\n\nAlso read: Millbrook residents march for transport links\n\n" + Third);

        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
        Assert.Equal(2, story.Removed["readMore"]);
    }

    [Fact]
    public void A_related_box_inside_the_body_is_removed_and_the_body_resumes_after_it()
    {
        var story = CleanSingle(Header + Lead + "\n\nRelated News\n\nWater restrictions tightened in three southern districts\n\n"
            + "Grain harvest forecast cut for second time this year\n\n" + Second + "\n\n" + Third + "\n\n" + Fourth);

        Assert.Equal([Lead, Second, Third, Fourth], ParagraphTexts(story));
        Assert.Equal(LineRole.Heading, RoleOf(story, "Related News"));
        Assert.Equal(LineRole.Related, RoleOf(story, "Water restrictions tightened in three southern districts"));
        Assert.Equal(2, story.Removed["related"]);
    }

    [Fact]
    public void Highlight_bullets_under_the_headline_are_the_summary_and_a_paragraph_repeating_one_stays_in_the_text()
    {
        var story = CleanSingle("""
            Regional airline orders twelve electric aircraft for island routes
            Updated 14 May 2025
            Follow

            Regional airline orders twelve electric aircraft for island routes
              • The aircraft will fly routes of under 200 kilometres between the mainland and the islands
              • Deliveries are due to start in 2027, subject to certification by regulators

            KESTREL: A regional airline has ordered twelve nine-seat electric aircraft to replace the ageing turboprops it flies between the mainland and the outer islands, the company said on Wednesday.
            The aircraft will fly routes of under 200 kilometres between the mainland and the islands.
            The company did not disclose the price of the order but said part of the cost would be covered by a government fund.
            """);

        Assert.Equal(
            ["The aircraft will fly routes of under 200 kilometres between the mainland and the islands",
             "Deliveries are due to start in 2027, subject to certification by regulators"],
            story.Summary);
        Assert.Contains("The aircraft will fly routes of under 200 kilometres between the mainland and the islands.", ParagraphTexts(story));
        Assert.Equal(3, story.Paragraphs.Count);
        Assert.Equal(LineRole.RepeatedHeadline, story.Roles[4]);
    }

    [Fact]
    public void Highlight_bullets_ending_in_a_full_stop_and_repeated_in_the_text_are_the_summary_not_captions()
    {
        const string highlight = "The aircraft will fly routes of under 200 kilometres between the mainland and the islands.";
        var story = CleanSingle(Header + "  • " + highlight + "\n  • Deliveries are due to start in 2027, subject to certification.\n\n"
            + Lead + "\n\n" + highlight + "\n\n" + Second);

        Assert.Equal([highlight, "Deliveries are due to start in 2027, subject to certification."], story.Summary);
        Assert.Empty(story.Captions);
        Assert.Equal([Lead, highlight, Second], ParagraphTexts(story));
    }

    [Fact]
    public void A_key_points_list_of_dash_items_fills_the_summary()
    {
        var story = CleanSingle(Header + "Key points\n- The closures will affect about 600 staff\n- Online orders now make up a quarter of sales\n\n"
            + Lead + "\n\n" + Second);

        Assert.Equal(["The closures will affect about 600 staff", "Online orders now make up a quarter of sales"], story.Summary);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void A_key_points_block_of_bullets_fills_the_summary()
    {
        var story = CleanSingle(Header + """
            Key points
              • The closures will affect about 600 staff, most of whom will be offered jobs elsewhere
              • Online orders now make up a quarter of the chain's sales
            """ + "\n\n" + Lead + "\n\n" + Second);

        Assert.Equal(
            ["The closures will affect about 600 staff, most of whom will be offered jobs elsewhere",
             "Online orders now make up a quarter of the chain's sales"],
            story.Summary);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(LineRole.Heading, RoleOf(story, "Key points"));
    }

    [Fact]
    public void A_short_paragraph_under_the_headline_followed_by_the_lead_picture_is_the_standfirst()
    {
        const string standfirst = WeirsParagraph;
        const string caption = WeirCaption;
        var story = CleanSingle("Port authority approves second container terminal after review\n\n" + standfirst + "\n\n" + caption
            + "\n\nBy Miriam Okafor\n12 March 2025\n\n" + Lead + "\n\n" + Second + "\n\n" + Third);

        Assert.Equal([standfirst], story.Summary);
        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void Under_the_byline_and_date_a_short_paragraph_followed_by_a_picture_is_the_first_paragraph()
    {
        const string first = WeirsParagraph;
        const string caption = WeirCaption;
        var story = CleanSingle(Header + first + "\n\n" + caption + "\n\n" + Lead + "\n\n" + Second);

        Assert.Empty(story.Summary);
        Assert.Equal([caption], story.Captions);
        Assert.Equal([first, Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void Under_the_byline_a_short_paragraph_followed_by_the_headline_reprinted_and_a_picture_is_the_standfirst()
    {
        const string standfirst = WeirsParagraph;
        const string caption = WeirCaption;
        var story = CleanSingle(Header + standfirst + "\n\n  • x\n  • Port authority approves second container terminal after review\n"
            + caption + "\n\n" + Lead + "\n\n" + Second);

        Assert.Equal([standfirst], story.Summary);
        Assert.Equal([caption], story.Captions);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    private const string DatelineLead = "CASTELLAN BAY - The port authority on Tuesday approved a second container terminal after a two-year review.";

    [Fact]
    public void A_paragraph_under_the_headline_above_one_that_opens_with_a_dateline_is_the_standfirst()
    {
        const string standfirst = WeirsParagraph;
        var story = CleanSingle("Port authority approves second container terminal after review\n\n" + standfirst + "\n\n" + DatelineLead + "\n\n" + Second + "\n\n" + Third);

        Assert.Equal([standfirst], story.Summary);
        Assert.Equal([DatelineLead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void A_paragraph_that_itself_opens_with_a_dateline_is_never_the_standfirst()
    {
        var story = CleanSingle("Port authority approves second container terminal after review\n\n" + DatelineLead + "\n\n" + Second + "\n\n" + Third);

        Assert.Empty(story.Summary);
        Assert.Equal([DatelineLead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void An_unpunctuated_standfirst_with_tag_labels_and_the_byline_under_it_is_the_summary()
    {
        const string standfirst = "It happened near the ring road and the old quay around 9 p.m. on Saturday";
        var story = CleanSingle("Port authority approves second container terminal after review\n\n" + standfirst
            + "\ncrash\ncrash\nBy Miriam Okafor\nPublished 12 March 2025\nEmail This Link\n\n" + Lead + "\n\n" + Second);

        Assert.Equal([standfirst], story.Summary);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void A_paragraph_followed_by_an_agency_handle_line_and_a_share_button_is_the_standfirst()
    {
        const string standfirst = WeirsParagraph;
        var story = CleanSingle("Port authority approves second container terminal after review\n\n" + standfirst
            + "\n\nPTI @castellanherald\nWhatsapp\n\n" + Lead + "\n\n" + Second + "\n\n" + Third);

        Assert.Equal([standfirst], story.Summary);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void A_short_opening_paragraph_with_no_picture_after_it_is_text_not_standfirst()
    {
        const string opening = WeirsParagraph;
        var story = CleanSingle(Header + opening + "\n\n" + Lead + "\n\n" + Second);

        Assert.Empty(story.Summary);
        Assert.Equal([opening, Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void An_uppercase_city_alone_before_the_first_paragraph_is_the_dateline_not_text()
    {
        var story = CleanSingle(Header + "VALMORA\n\n" + Lead + "\n\n" + Second);

        Assert.Equal("VALMORA", story.DatelineLine);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void Byline_and_date_are_metadata_lines_and_never_text()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second);

        Assert.Equal(
            ["Port authority approves second container terminal after review", "By Miriam Okafor", "12 March 2025"],
            story.MetadataLines.Select(l => l.Text));
        Assert.Equal("Port authority approves second container terminal after review", story.Title);
        Assert.Equal(LineRole.Title, RoleOf(story, "Port authority approves second container terminal after review"));
        Assert.Equal(LineRole.Metadata, RoleOf(story, "By Miriam Okafor"));
    }

    [Fact]
    public void Share_follow_and_read_time_widgets_are_removed_wherever_they_sit()
    {
        var story = CleanSingle("""
            Researchers map seabed meadows that store carbon off the coast
            By Jonas Eberhardt
            4 min read
            Share
            WhatsApp
            Copy link
            27 June 2025
            """ + "\n\n" + Lead + "\n\nListen to this article\n\n" + Second + "\n\nFollow us on Telegram\n\n" + Third + "\n\nShare on X\nPrint\n");

        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
        Assert.Equal(8, story.Removed["share"]);
    }

    [Fact]
    public void A_tags_heading_after_the_body_fills_tags()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\nTags\nRivermouth\nTrees\nWalking and cycling\n\nPrivacy Policy\n");

        Assert.Equal(["Rivermouth", "Trees", "Walking and cycling"], story.Tags);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(3, story.Removed["tags"]);
        Assert.Equal(1, story.Removed["footer"]);
    }

    [Fact]
    public void A_run_of_short_bullets_after_the_last_paragraph_is_the_tag_list_even_without_a_heading()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n  • S-400\n  • Turkey\n  • Defense industry\n");

        Assert.Equal(["S-400", "Turkey", "Defense industry"], story.Tags);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void A_single_short_bullet_after_the_body_is_a_menu_item_not_a_tag()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n  • Turkey\n");

        Assert.Empty(story.Tags);
        Assert.Equal(LineRole.Menu, RoleOf(story, "Turkey"));
    }

    [Fact]
    public void The_comment_form_after_the_body_is_removed_line_by_line()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + """


            LEAVE A REPLY
            Cancel reply
            Please enter your comment!
            Please enter your name here
            Your email address will not be published. Required fields are marked *
            Save my name, email, and website in this browser for the next time I comment.
            Post Comment
            """);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(7, story.Removed["comment"]);
    }

    [Fact]
    public void Reader_comments_after_the_text_are_removed_to_the_end_of_the_story()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + """


            2 Comments

            Gerald Pike
            May 22, 2025 at 6:14 pm
            What a brilliant idea, I hope other ports follow the example.
            Reply

            LEAVE A REPLY
            Post Comment
            """);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(7, story.Removed["comment"]);
    }

    [Fact]
    public void A_comment_count_between_paragraphs_is_a_widget_and_the_paragraphs_after_it_stay()
    {
        var story = CleanSingle(Header + Lead + "\n\n53 reader comments\n\n" + Second + "\n\n" + Third + "\n\n" + Fourth);

        Assert.Equal([Lead, Second, Third, Fourth], ParagraphTexts(story));
        Assert.Equal(LineRole.Comment, RoleOf(story, "53 reader comments"));
    }

    [Fact]
    public void A_comment_count_under_the_headline_is_a_widget_and_the_text_after_it_stays()
    {
        var story = CleanSingle(Header + "12 comments\n\n" + Lead + "\n\n" + Second);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(LineRole.Comment, RoleOf(story, "12 comments"));
    }

    [Fact]
    public void Copyright_app_store_and_footer_links_are_removed_by_kind()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + """


            Download our app
            App Store
            Google Play
            About Us
            Terms of Use
            © 2025 The Kestrel Times. All rights reserved.
            """);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(3, story.Removed["appStore"]);
        Assert.Equal(2, story.Removed["footer"]);
        Assert.Equal(1, story.Removed["copyright"]);
    }

    [Fact]
    public void A_most_read_list_after_the_body_is_removed_as_teasers()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + """


            Most Read

            Heatwave warning issued for the weekend as temperatures climb
            Heatwave warning issued for the weekend as temperatures climb
            11 March 2025

            Council approves plan for 400 homes on former airfield
            Council approves plan for 400 homes on former airfield
            """);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Empty(story.Captions);
        Assert.Equal(5, story.Removed["teaser"]);
        Assert.Equal(1, story.Removed["sectionHeading"]);
    }

    [Fact]
    public void Short_lines_left_after_the_last_paragraph_are_teasers_not_text()
    {
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\nFerry fares to rise by 6 percent from June\nIsland council keeps its school open\n");

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(LineRole.Teaser, RoleOf(story, "Ferry fares to rise by 6 percent from June"));
        Assert.Equal(LineRole.Teaser, RoleOf(story, "Island council keeps its school open"));
    }

    [Fact]
    public void A_quote_attribution_and_a_paragraph_cut_off_before_its_full_stop_after_the_last_paragraph_stay_in_the_text()
    {
        const string attribution = "– Mara Lindqvist, council spokesperson";
        const string cutOff = "Opponents said the reclamation work would destroy spawning grounds used by the local sardine fleet and that the permit had been rushed through the board wit";
        var story = CleanSingle(Header + Lead + "\n\n" + Second + "\n\n" + attribution + "\n\n" + cutOff);

        Assert.Equal([Lead, Second, attribution, cutOff], ParagraphTexts(story));
    }

    [Fact]
    public void A_headline_printed_twice_in_a_row_is_the_title_once_and_not_a_caption()
    {
        var story = CleanSingle("Port authority approves second container terminal after review\nPort authority approves second container terminal after review\n"
            + "By Miriam Okafor\n12 March 2025\n\n" + Lead + "\n\n" + Second + "\n\n" + Third);

        Assert.Equal("Port authority approves second container terminal after review", story.Title);
        Assert.Empty(story.Captions);
        Assert.Equal([Lead, Second, Third], ParagraphTexts(story));
    }

    [Fact]
    public void The_headline_reprinted_with_widget_residue_is_removed_as_a_repeated_headline()
    {
        var story = CleanSingle("Port authority approves second container terminal after review\n\nPort authority approves second container terminal after review 150 150 admin\nBy Miriam Okafor\n\n" + Lead + "\n\n" + Second);

        Assert.Equal(LineRole.RepeatedHeadline, RoleOf(story, "Port authority approves second container terminal after review 150 150 admin"));
        Assert.Empty(story.Summary);
        Assert.Equal([Lead, Second], ParagraphTexts(story));
    }

    [Fact]
    public void Navigation_bullets_inside_the_story_header_are_menu_lines()
    {
        var story = CleanSingle("""
            Library reopens after flood repairs with longer weekend hours
              • News
              • Local
            Posted 9 September 2024
            """ + "\n\n" + Lead + "\n\n" + Second);

        Assert.Equal(LineRole.Menu, RoleOf(story, "News"));
        Assert.Equal(LineRole.Menu, RoleOf(story, "Local"));
        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(2, story.Removed["menu"]);
    }

    [Fact]
    public void A_ticker_inside_the_story_span_is_removed_up_to_the_blank_line_that_ends_it()
    {
        var story = CleanSingle(Header + Lead + "\n\nBREAKING\nCoastguard says all crew of the stranded ferry are safe.\nCentral bank holds interest rate at 3.5 percent.\n\n" + Second);

        Assert.Equal([Lead, Second], ParagraphTexts(story));
        Assert.Equal(3, story.Removed["ticker"]);
    }
}
