using Cleaner.Core.Text;

namespace Cleaner.Tests.Text;

public sealed class DateParserTests
{
    private static readonly DateTimeOffset Reference = new(2025, 4, 16, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("26 March 2025", "2025-03-26")]
    [InlineData("April 16, 2025", "2025-04-16")]
    [InlineData("7 May 2023 16:52", "2023-05-07T16:52")]
    [InlineData("2025-03-24T10:00:00Z", "2025-03-24T10:00:00Z")]
    [InlineData("Wed, Apr 16, 2025 4:30 PM", "2025-04-16T16:30")]
    [InlineData("04 Apr. 2025 16:52", "2025-04-04T16:52")]
    [InlineData("7 May 2023, 4:52 pm", "2023-05-07T16:52")]
    [InlineData("Wednesday, April 16, 2025 4:30 PM ET", "2025-04-16T16:30")]
    [InlineData("Apr. 16 2025", "2025-04-16")]
    [InlineData("1st May 2025", "2025-05-01")]
    [InlineData("Sept 5, 2025", "2025-09-05")]
    [InlineData("May 22, 2025 at 6:14 pm", "2025-05-22T18:14")]
    [InlineData("26 March 2025 | 10:45", "2025-03-26T10:45")]
    public void Reads_the_forms_news_pages_print(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("2025-03-24", "2025-03-24")]
    [InlineData("2025-03-24T10:00", "2025-03-24T10:00")]
    [InlineData("2025-03-24 10:00", "2025-03-24T10:00")]
    [InlineData("2025-03-24T10:00:07", "2025-03-24T10:00:07")]
    [InlineData("2025-03-24T10:00:07.123Z", "2025-03-24T10:00:07Z")]
    [InlineData("2025-03-24T10:00:00+0300", "2025-03-24T10:00:00+03:00")]
    [InlineData("2025-03-24T10:00-05:00", "2025-03-24T10:00-05:00")]
    [InlineData("26 March 2025 10:45:30 UTC", "2025-03-26T10:45:30Z")]
    [InlineData("26 March 2025 10:45 GMT", "2025-03-26T10:45Z")]
    [InlineData("26 March 2025 10:45 +0200", "2025-03-26T10:45+02:00")]
    public void Keeps_the_precision_and_zone_the_page_gave(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("5 May 2025 12:05 am", "2025-05-05T00:05")]
    [InlineData("5 May 2025 12:05 pm", "2025-05-05T12:05")]
    [InlineData("5 May 2025 11:59 p.m.", "2025-05-05T23:59")]
    public void Converts_twelve_hour_times(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("26 March 2025.", "2025-03-26")]
    [InlineData("  April 16, 2025, ", "2025-04-16")]
    [InlineData("26 March 2025 Reuters", "2025-03-26")]
    [InlineData("26 March 2025 25:10", "2025-03-26")]
    public void Trailing_punctuation_words_or_an_impossible_time_leave_the_date(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("31 February 2025")]
    [InlineData("29 February 2025")]
    [InlineData("February 30, 2024")]
    [InlineData("31 April 2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("0 May 2025")]
    [InlineData("5 May 1850")]
    public void Rejects_days_that_do_not_exist(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Fact]
    public void Accepts_29_February_in_a_leap_year()
    {
        Assert.Equal("2024-02-29", DateParser.Parse("29 February 2024"));
    }

    [Theory]
    [InlineData("Funday, 5 May 2025")]
    [InlineData("Weekly 17 March 2025")]
    [InlineData("Marching 5, 2025")]
    [InlineData("5 Mayday 2025")]
    public void Rejects_words_that_are_not_a_weekday_or_a_month(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("Storm hits coast 1234")]
    [InlineData("Market report 2024")]
    [InlineData("Summary: 5 decisions 2025")]
    public void Text_with_a_year_but_no_month_word_is_not_a_date(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("Wed, 16 April 2025")]
    [InlineData("Wednesday 16 April 2025")]
    [InlineData("WED. APR. 16, 2025")]
    public void Accepts_a_leading_weekday_name(string text)
    {
        Assert.Equal("2025-04-16", DateParser.Parse(text));
    }

    [Theory]
    [InlineData("Tuesday, 17 March 2025")]
    [InlineData("Mon, April 16, 2025")]
    [InlineData("Thurs 16 April 2025 10:00")]
    public void Rejects_a_weekday_that_does_not_fall_on_the_date(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("Monday, 17 March 2025", "2025-03-17")]
    [InlineData("Tues, June 28, 2011", "2011-06-28")]
    [InlineData("Thurs 17 April 2025 10:00", "2025-04-17T10:00")]
    public void Accepts_a_weekday_abbreviated_any_way_that_falls_on_the_date(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025")]
    [InlineData("May 2025")]
    [InlineData("Construction is due to begin next spring")]
    [InlineData("26 March 2025 page 3")]
    [InlineData("17/03/2025")]
    public void Returns_null_for_text_that_is_not_a_full_date(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("2 hours ago")]
    [InlineData("15 min 13 sec ago")]
    [InlineData("about 3 days ago")]
    [InlineData("1 week ago")]
    [InlineData("5m ago")]
    public void Relative_forms_are_recognized_but_unresolved_without_a_reference_time(string text)
    {
        Assert.True(DateParser.IsRelative(text));
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("2 hours ago", "2025-04-16T10:00:00Z")]
    [InlineData("15 min 13 sec ago", "2025-04-16T11:44:47Z")]
    [InlineData("about 3 days ago", "2025-04-13T12:00:00Z")]
    [InlineData("1 week ago", "2025-04-09T12:00:00Z")]
    [InlineData("5m ago", "2025-04-16T11:55:00Z")]
    [InlineData("1 hr 30 mins ago", "2025-04-16T10:30:00Z")]
    public void Relative_forms_resolve_against_the_reference_time(string text, string iso)
    {
        Assert.Equal(iso, DateParser.Parse(text, Reference));
    }

    [Fact]
    public void A_relative_date_is_given_in_utc_whatever_the_reference_zone()
    {
        var reference = new DateTimeOffset(2025, 4, 16, 14, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal("2025-04-16T10:00:00Z", DateParser.Parse("2 hours ago", reference));
    }

    [Fact]
    public void A_reference_time_does_not_change_an_absolute_date()
    {
        Assert.Equal("2025-03-26", DateParser.Parse("26 March 2025", Reference));
    }

    [Theory]
    [InlineData("2 months ago")]
    [InlineData("an hour ago")]
    [InlineData("yesterday")]
    [InlineData("ago")]
    public void Vague_relative_phrases_are_not_relative_dates(string text)
    {
        Assert.False(DateParser.IsRelative(text));
        Assert.Null(DateParser.Parse(text, Reference));
    }
}
