using Cleaner.Core.Stages;
using Cleaner.Tests.Support;

namespace Cleaner.Tests.Stages;

public sealed class HardWrapJoinerTests
{
    private static readonly HardWrapJoiner Joiner = new(PipelineRunner.Config.Settings.Read.HardWrap);

    // A page wrapped at 60 columns with no blank lines between paragraphs: each paragraph's first line is short.
    private static readonly string[] WrappedPage =
    [
        "Harbour board approves",
        "a new pier for the ferry service after a year of talks with the",
        "island councils.",
        "The board said",
        "construction would start in the spring and take about two",
        "years, with the old pier kept open until the new one is ready.",
        "Councillors welcomed the",
        "decision but asked for a second waiting room on the island",
        "side.",
        "The chair of the",
        "Board said the cost would be shared with the regional",
        "government.",
    ];

    [Fact]
    public void A_page_wrapped_at_a_fixed_width_is_joined_into_paragraphs()
    {
        var wrapped = Joiner.Join(WrappedPage);

        Assert.NotNull(wrapped);
        Assert.Equal(
            [
                "Harbour board approves a new pier for the ferry service after a year of talks with the island councils.",
                "The board said construction would start in the spring and take about two years, with the old pier kept open until the new one is ready.",
                "Councillors welcomed the decision but asked for a second waiting room on the island side.",
                "The chair of the Board said the cost would be shared with the regional government.",
            ],
            wrapped.Lines);
        Assert.Equal(WrappedPage.Max(line => line.Length), wrapped.Width);
    }

    [Fact]
    public void Each_joined_line_knows_where_it_starts_in_the_file()
    {
        var wrapped = Joiner.Join(WrappedPage)!;

        Assert.Equal([0, 3, 6, 9, 12], wrapped.Starts);
    }

    [Fact]
    public void A_full_line_that_ends_a_sentence_before_a_capital_ends_its_paragraph()
    {
        string[] lines =
        [
            "The ferry will leave the main pier at seven in the morning and the",
            "last boat back will leave the island at nine in the evening, when",
            "the harbour office closes for the night and the lights go off too.",
            "Tickets go on sale on Monday at the harbour office and online, and",
            "prices are the same as last year for islanders and for visitors.",
            "The board will review the timetable again at the end of the summer",
            "once it has seen how many passengers use the evening sailings, and",
            "it will then decide on a third sailing before the end of the year.",
        ];

        var wrapped = Joiner.Join(lines)!;

        Assert.Equal([string.Join(" ", lines[..3]), string.Join(" ", lines[3..5]), string.Join(" ", lines[5..])], wrapped.Lines);
    }

    [Fact]
    public void Lines_of_whole_paragraphs_are_left_as_read()
    {
        var paragraph = "The harbour board approved a new pier for the ferry service on Monday after a year of talks with the island councils, who had asked for a larger waiting room.";
        string[] lines = ["Harbour board approves new pier", "By A. Writer", "", .. Enumerable.Repeat(paragraph, 8)];

        Assert.Null(Joiner.Join(lines));
    }

    [Fact]
    public void Short_lines_that_do_not_run_on_are_left_as_read()
    {
        string[] menu = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "The Harbour Herald, news for the islands since 1921", "Contact us"];

        Assert.Null(Joiner.Join(menu));
    }

    [Fact]
    public void A_few_lines_are_too_few_to_tell()
    {
        Assert.Null(Joiner.Join(WrappedPage[..6]));
    }
}
