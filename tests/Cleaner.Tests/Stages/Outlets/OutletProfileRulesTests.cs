using Cleaner.Core.Model;
using Cleaner.Core.Stages.Outlets;
using static Cleaner.Tests.Stages.Outlets.OutletTestSupport;

namespace Cleaner.Tests.Stages.Outlets;

/// <summary>
/// How the shipped profiles settle wire copy and ambiguous names: an agency dateline names the agency only where no
/// site of ours is recognized, and bare or shared words never name an outlet on their own.
/// </summary>
public sealed class OutletProfileRulesTests
{
    private static readonly OutletDetector Detector = new(ShippedConfig);

    private const string Prose =
        "The regional water authority said on Tuesday it would extend the opening hours of three public pumping stations " +
        "during the dry season, after residents in outlying districts complained of long queues.";

    private static OutletInfo DetectPage(params string[] lines) => Detector.Detect(Detector.ScanPage(lines), lines);

    [Theory]
    [InlineData("LONDON (Reuters) - " + Prose, "reuters")]
    [InlineData("LONDON, Sept 28 (Reuters) – " + Prose, "reuters")]
    [InlineData("date 2023-09-07 LONDON (Reuters) - " + Prose, "reuters")]
    [InlineData("CAIRO (AFP) - " + Prose, "agence-france-presse")]
    [InlineData("Tallinn, March 22, 2018 (AFP) - " + Prose, "agence-france-presse")]
    [InlineData("New Delhi, Sep 20 (PTI) " + Prose, "press-trust-of-india")]
    [InlineData("New Delhi [India], July 26 (ANI): " + Prose, "asian-news-international")]
    [InlineData("(Bloomberg) -- " + Prose, "bloomberg")]
    [InlineData("DHAKA, Dec 14, 2025 (BSS) - " + Prose, "bss-news")]
    [InlineData("UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) – " + Prose, "bss-news")]
    public void An_agency_dateline_on_a_site_we_do_not_know_names_the_agency(string dateline, string expected)
    {
        var outlet = DetectPage("The Kestrel Times", "Lake ferry service suspended", dateline, "© 2031 The Kestrel Times. All rights reserved.");

        Assert.Equal(expected, outlet.Id);
    }

    [Theory]
    [InlineData("Al Arabiya English")]
    [InlineData("© 2031 Al Arabiya Network. All rights reserved.")]
    [InlineData("More at https://english.alarabiya.net/News/world/2031/03/14/story")]
    public void A_reuters_story_on_a_site_we_know_stays_with_the_site(string siteLine)
    {
        var outlet = DetectPage(
            siteLine,
            "Lake ferry service suspended",
            "LONDON (Reuters) - " + Prose,
            "Reporting by Jane Roe; Editing by John Doe",
            "Reuters");

        Assert.Equal("al-arabiya", outlet.Id);
    }

    [Theory]
    [InlineData("PTI @moneycontrolcom", "New Delhi, Jan 10 (PTI) " + Prose, "moneycontrol")]
    [InlineData("Copyright 2031 KLTV. All rights reserved.", "DALLAS (AP) — " + Prose, "kltv")]
    [InlineData("Published in Dawn, March 14th, 2031", "ISLAMABAD (AFP) - " + Prose, "dawn")]
    public void Agency_copy_on_a_recognized_page_belongs_to_the_page(string pageLine, string dateline, string expected)
    {
        var outlet = DetectPage("Lake ferry service suspended", dateline, pageLine);

        Assert.Equal(expected, outlet.Id);
    }

    [Theory]
    [InlineData("DAWN.COM", "dawn", "Dawn")]
    [InlineData("© 2031 Telegraph Media Group Limited", "the-telegraph", "The Telegraph")]
    [InlineData("The Sun Nigeria", "the-sun-nigeria", "The Sun")]
    public void An_outlet_whose_name_alone_is_ambiguous_is_found_by_its_aliases_and_keeps_its_name(string line, string id, string name)
    {
        var outlet = DetectPage("Lake ferry service suspended", Prose, line);

        Assert.Equal(id, outlet.Id);
        Assert.Equal(name, outlet.Name);
    }

    [Theory]
    [InlineData("The Sun")]
    [InlineData("Sun")]
    [InlineData("Dawn")]
    [InlineData("By Dawn")]
    [InlineData("© Dawn Jones/Getty Images")]
    [InlineData("Punch")]
    [InlineData("The Star")]
    [InlineData("ITV")]
    [InlineData("Vanguard")]
    [InlineData("The Spectrum")]
    [InlineData("BBC")]
    [InlineData("CNBC")]
    [InlineData("© 2031 CNBC-TV18. All rights reserved.")]
    [InlineData("ABC News")]
    [InlineData("The Independent")]
    [InlineData("© 2031 The Independent. All rights reserved.")]
    [InlineData("The Telegraph")]
    [InlineData("Read more on BBC")]
    [InlineData("The BBC said the programme would return next year.")]
    [InlineData("Residents queue at a pumping station. (AP Photo/Jane Roe)")]
    [InlineData("© AFP")]
    [InlineData("AFP")]
    [InlineData("Bloomberg")]
    [InlineData("Photographer: Jane Roe/Bloomberg")]
    [InlineData("PTI")]
    [InlineData("By PTI")]
    [InlineData("(With inputs from PTI)")]
    [InlineData("By ANI | Updated: January 6, 2022 01:55 IST")]
    [InlineData("Express News Service")]
    [InlineData("Australian Federal Police (AFP) - officers searched two homes on Tuesday.")]
    [InlineData("AUSTIN, Texas (CBS Austin) - " + Prose)]
    [InlineData("New Delhi [India], May 17 (ANI/GPRC): " + Prose)]
    public void Bare_shared_or_borrowed_words_do_not_name_an_outlet(string line)
    {
        var outlet = DetectPage("Lake ferry service suspended", line, Prose);

        Assert.Equal(OutletInfo.UnknownId, outlet.Id);
    }

    [Theory]
    [InlineData("© 2031 The New Indian Express. All rights reserved.", "the-new-indian-express")]
    [InlineData("© 2031 The Indian Express [P] Ltd. All rights reserved.", "the-indian-express")]
    public void A_copyright_line_naming_the_new_indian_express_is_not_the_indian_express(string copyright, string expected)
    {
        Assert.Equal(expected, DetectPage(Prose, copyright).Id);
    }

    [Fact]
    public void A_weak_shared_footer_alone_stays_unknown()
    {
        // HT Digital Streams also publishes Mint; CBS Interactive ran CNET and ZDNet.
        Assert.Equal(OutletInfo.UnknownId, DetectPage(Prose, "Copyright © HT Digital Streams Ltd. All rights reserved.").Id);
        Assert.Equal(OutletInfo.UnknownId, DetectPage(Prose, "© 2019 CBS Interactive Inc. All rights reserved.").Id);
        Assert.Equal(OutletInfo.UnknownId, DetectPage(Prose, "Published by Associated Newspapers Ltd").Id);
    }
}
