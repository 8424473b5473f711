using static Cleaner.Tests.Stages.StageInput;

namespace Cleaner.Tests.Stages;

public sealed class ExtractMetadataStageTests
{
    private const string Headline = "School board approves new start times for secondary schools";

    private const string Body = """
        Secondary schools in the Ashford Valley district will start the day 40 minutes later from September, after the school board voted on Monday evening to adopt a plan backed by parents and sleep researchers.

        The board said studies had shown that teenagers learn better when lessons start later, and that a trial at two schools last year had led to fewer absences.
        """;

    private static string Story(string header, string body = Body) => header + "\n\n" + body;

    [Fact]
    public void Published_and_updated_come_from_their_own_lines_at_the_precision_printed()
    {
        var meta = Describe(Story($"{Headline}\nBy Ruth Abernathy\nPublished 4 February 2025 09:15\nUpdated 5 February 2025 18:40 GMT"));

        Assert.Equal("2025-02-04T09:15", meta.Published);
        Assert.Equal("2025-02-05T18:40Z", meta.Updated);
    }

    [Fact]
    public void A_bare_date_under_the_headline_is_the_publication_date_and_a_date_alone_stays_a_date()
    {
        var meta = Describe(Story($"{Headline}\nBy Ruth Abernathy\n4 February 2025"));

        Assert.Equal("2025-02-04", meta.Published);
        Assert.Null(meta.Updated);
    }

    [Fact]
    public void Only_an_updated_line_leaves_published_empty()
    {
        var meta = Describe(Story($"{Headline}\nUpdated 26 March 2025\nFollow"));

        Assert.Null(meta.Published);
        Assert.Equal("2025-03-26", meta.Updated);
    }

    [Fact]
    public void The_site_header_date_above_the_headline_is_not_the_story_date()
    {
        var meta = Describe("Tuesday, 18 March 2025\nThe Castellan Herald\nHome\nNews\n\n" + Story($"{Headline}\nBy Beatrix Olsen", Body + "\n\n" + Body.Replace("board", "district", StringComparison.Ordinal)));

        Assert.Equal(Headline, meta.Title);
        Assert.Null(meta.Published);
        Assert.Null(meta.Updated);
    }

    [Theory]
    [InlineData(" 03-06-2004 13:26")]
    [InlineData(" (2025-02-04 09:15)")]
    [InlineData(" 04/02/2025")]
    public void A_stamp_printed_after_the_headline_is_cut_from_the_title_without_dating_the_story(string stamp)
    {
        var meta = Describe(Story(Headline + stamp + "\nBy Ruth Abernathy"));

        Assert.Equal(Headline, meta.Title);
        Assert.Null(meta.Published);
    }

    [Fact]
    public void A_byline_printed_after_the_headline_is_cut_from_the_title_and_names_the_author()
    {
        var meta = Describe(Story(Headline + " By TOM HALE, AP Education Writer\n4 February 2025"));

        Assert.Equal(Headline, meta.Title);
        Assert.Equal(["TOM HALE"], meta.Authors);
    }

    [Fact]
    public void A_title_case_headline_with_by_in_it_keeps_it()
    {
        const string headline = "Ferry Service Restored By Harbour Board After Storm Repairs";
        var meta = Describe(Story(headline + "\nBy Ruth Abernathy\n4 February 2025"));

        Assert.Equal(headline, meta.Title);
        Assert.Equal(["Ruth Abernathy"], meta.Authors);
    }

    [Fact]
    public void A_headline_that_ends_in_a_year_keeps_it()
    {
        var meta = Describe(Story("Ashford Valley schools plan later start times for 2025\nBy Ruth Abernathy"));

        Assert.Equal("Ashford Valley schools plan later start times for 2025", meta.Title);
    }

    [Fact]
    public void A_relative_date_is_null_without_a_reference_time()
    {
        var meta = Describe(Story($"{Headline}\nBy Elif Demirci\n2 hours ago"));

        Assert.Null(meta.Published);
    }

    [Fact]
    public void A_relative_date_resolves_against_the_reference_time_in_utc()
    {
        var reference = new DateTimeOffset(2025, 3, 14, 11, 30, 0, TimeSpan.FromHours(2));

        var meta = Describe(Story($"{Headline}\nBy Elif Demirci\nUpdated 2 hours ago"), reference);

        Assert.Equal("2025-03-14T07:30:00Z", meta.Updated);
        Assert.Null(meta.Published);
    }

    [Fact]
    public void A_date_prefixed_headline_gives_both_the_title_and_the_publication_date()
    {
        var meta = Describe(Story(" date 2025-03-24 Turkish top diplomat to go to US for key strategic talks\n\nANKARA"));

        Assert.Equal("Turkish top diplomat to go to US for key strategic talks", meta.Title);
        Assert.Equal("2025-03-24", meta.Published);
        Assert.Equal("ANKARA", meta.Dateline);
    }

    [Theory]
    [InlineData("By Ruth Abernathy", new[] { "Ruth Abernathy" })]
    [InlineData("By Ruth Abernathy and Tom Hale", new[] { "Ruth Abernathy", "Tom Hale" })]
    [InlineData("By Ruth Abernathy, Tom Hale & Ana Ruiz", new[] { "Ruth Abernathy", "Tom Hale", "Ana Ruiz" })]
    [InlineData("Written by: Ruth Abernathy", new[] { "Ruth Abernathy" })]
    [InlineData("By Al Mayadeen English", new[] { "Al Mayadeen English" })]
    [InlineData("By PTI", new[] { "PTI" })]
    [InlineData("By Staff Reporter", new[] { "Staff Reporter" })]
    [InlineData("Brandon Reyes/ News Director", new[] { "Brandon Reyes" })]
    [InlineData("Ana Ruiz / Staff Writer", new[] { "Ana Ruiz" })]
    public void Bylines_are_split_into_authors(string byline, string[] authors)
    {
        var meta = Describe(Story($"{Headline}\n{byline}\n4 February 2025"));

        Assert.Equal(authors, meta.Authors);
    }

    [Theory]
    [InlineData("By Ruth Abernathy, Staff Writer", new[] { "Ruth Abernathy" })]
    [InlineData("By Ruth Abernathy, Senior Political Correspondent", new[] { "Ruth Abernathy" })]
    [InlineData("By Agnes Mwangi, Reuters", new[] { "Agnes Mwangi" })]
    [InlineData("By Ruth Abernathy and Tom Hale, Associated Press", new[] { "Ruth Abernathy", "Tom Hale" })]
    [InlineData("By Ruth Abernathy, Special to The Valley Ledger", new[] { "Ruth Abernathy" })]
    [InlineData("By TOM HALE, AP Golf Writer", new[] { "TOM HALE" })]
    [InlineData("By Press Association\nBy Ruth Abernathy", new[] { "Ruth Abernathy" })]
    [InlineData("By Reuters\nBy Agnes Mwangi and Tom Hale", new[] { "Agnes Mwangi", "Tom Hale" })]
    [InlineData("By Ruth Abernathy, Reuters Energy Correspondent", new[] { "Ruth Abernathy" })]
    public void A_job_title_or_agency_beside_a_name_is_an_affiliation_not_an_author(string byline, string[] authors)
    {
        var meta = Describe(Story($"{Headline}\n{byline}\n4 February 2025"));

        Assert.Equal(authors, meta.Authors);
    }

    [Fact]
    public void A_name_printed_with_its_dates_on_one_line_gives_author_published_and_updated()
    {
        var meta = Describe(Story($"{Headline}\n\nThe Newspaper's Staff Reporter Published February 4, 2025 Updated February 5, 2025 05:58am"));

        Assert.Equal(["The Newspaper's Staff Reporter"], meta.Authors);
        Assert.Equal("2025-02-04", meta.Published);
        Assert.Equal("2025-02-05T05:58", meta.Updated);
        Assert.Equal(Headline, meta.Title);
    }

    [Fact]
    public void An_author_named_in_two_bylines_is_listed_once()
    {
        var meta = Describe(Story($"{Headline}\nBy Ruth Abernathy and Tom Hale\nReporting by Tom Hale\n4 February 2025"));

        Assert.Equal(["Ruth Abernathy", "Tom Hale"], meta.Authors);
    }

    [Theory]
    [InlineData("PORT ELLIS (Reuters) - Ferry services across Lake Armin were suspended on Tuesday after an engine fault left a passenger vessel drifting for hours.", "PORT ELLIS")]
    [InlineData("ANKARA/WASHINGTON: Turkiye and the United States want to remove obstacles to defense industry cooperation, a foreign ministry source said on Wednesday.", "ANKARA/WASHINGTON")]
    [InlineData("LONDON, March 3 (Reuters) - Amnesty International warned on Monday that withdrawing from the court would not excuse a failure to make the arrest.", "LONDON")]
    [InlineData("KARACHI,: Two people were injured when a gas cylinder exploded at a roadside tea stall in the city on Wednesday, police said.", "KARACHI")]
    [InlineData("GENEVA — A global medical charity said on Friday it was appalled by the killing of one of its staff in an air strike, the second within two weeks.", "GENEVA")]
    public void The_dateline_is_read_from_the_opening_of_the_first_paragraph(string firstParagraph, string dateline)
    {
        var meta = Describe(Story($"{Headline}\nBy Agnes Mwangi\n30 July 2024", firstParagraph + "\n\n" + Body));

        Assert.Equal(dateline, meta.Dateline);
    }

    [Fact]
    public void Short_lines_left_above_the_opening_paragraph_do_not_hide_its_dateline()
    {
        var meta = Describe(Story($"{Headline}\nBy Agnes Mwangi\n30 July 2024",
            "Read a summary of this article on Brief.\n\nGENEVA — A global medical charity said on Friday it was appalled by the killing of one of its staff in an air strike.\n\n" + Body));

        Assert.Equal("GENEVA", meta.Dateline);
    }

    [Fact]
    public void A_dateline_after_the_opening_paragraph_is_not_the_story_dateline()
    {
        var meta = Describe(Story($"{Headline}\nBy Agnes Mwangi\n30 July 2024",
            "A global medical charity said on Friday it was appalled by the killing of one of its staff in an air strike.\n\nGENEVA — The charity said the strike was the second within two weeks.\n\n" + Body));

        Assert.Null(meta.Dateline);
    }

    [Fact]
    public void A_from_byline_names_the_author_and_the_dateline_even_without_a_headline()
    {
        var meta = Describe("From Gyang Bere, Jos\n\n" + Body);

        Assert.Equal(["Gyang Bere"], meta.Authors);
        Assert.Equal("Jos", meta.Dateline);
        Assert.Null(meta.Title);
    }

    [Fact]
    public void A_sentence_starting_with_from_is_not_a_byline()
    {
        var meta = Describe(Story(Headline + "\nBy Ruth Abernathy", "From Monday, Secondary schools in the Ashford Valley district will start the day 40 minutes later, the board said on Monday evening.\n\n" + Body));

        Assert.Equal(["Ruth Abernathy"], meta.Authors);
        Assert.Null(meta.Dateline);
    }

    [Fact]
    public void A_dateline_with_a_full_date_dates_an_otherwise_undated_story()
    {
        var meta = Describe(Story(Headline, "UTRECHT, Netherlands, March 18, 2019 (AFP) – Dutch police on Monday arrested the suspect in a shooting on a tram in the city, officials said.\n\n" + Body));

        Assert.Equal("UTRECHT, Netherlands", meta.Dateline);
        Assert.Equal("2019-03-18", meta.Published);
    }

    [Fact]
    public void A_dateline_date_without_a_year_leaves_the_story_undated()
    {
        var meta = Describe(Story(Headline, "LONDON, March 3 (Reuters) - Amnesty International warned on Monday that withdrawing from the court would not excuse a failure to make the arrest.\n\n" + Body));

        Assert.Null(meta.Published);
    }

    [Fact]
    public void A_first_paragraph_without_an_uppercase_place_opening_has_no_dateline()
    {
        var meta = Describe(Story($"{Headline}\nBy Ruth Abernathy\n4 February 2025"));

        Assert.Null(meta.Dateline);
    }

    [Fact]
    public void A_dateline_alone_on_its_line_gives_the_place_of_the_paragraph_under_it()
    {
        var meta = Describe(Story($"{Headline}\nBy Teresa Vidal\n16 February 2025\n\nVALMORA",
            "The main road crossing reopened on Sunday after customs officers ended a three-day strike over pay.\n\n" + Body));

        Assert.Equal("VALMORA", meta.Dateline);
    }

    [Fact]
    public void A_lone_capitalized_word_above_a_paragraph_with_its_own_dateline_is_not_the_dateline()
    {
        var meta = Describe(Story($"{Headline}\nBy Teresa Vidal\n16 February 2025\n\nFAST",
            "LONDON, March 3 (Reuters) - The main road crossing reopened on Sunday after customs officers ended a three-day strike over pay.\n\n" + Body));

        Assert.Equal("LONDON", meta.Dateline);
    }

    [Fact]
    public void The_language_is_guessed_from_the_text()
    {
        var english = Describe(Story($"{Headline}\nBy Ruth Abernathy\n4 February 2025"));
        var french = Describe(Story("Le conseil municipal reporte le vote sur le tramway\nPar Claire Dubois\n4 février 2025", """
            Le conseil municipal a reporté lundi le vote sur le prolongement du tramway vers les quartiers est, car les offres pour le premier contrat de construction sont bien plus élevées que prévu.

            Les habitants du quartier demandent depuis plus de dix ans une ligne directe vers la gare centrale, et ils ont dit qu'ils ne voulaient pas attendre une année de plus pour le projet.

            Le maire a promis que le dossier serait de nouveau présenté au conseil avant la fin du mois de mars, avec une nouvelle estimation des coûts et un calendrier des travaux.
            """));

        Assert.Equal("en", english.Language);
        Assert.Equal("fr", french.Language);
    }
}
