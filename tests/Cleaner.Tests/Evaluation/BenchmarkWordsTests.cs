using Cleaner.Core.Evaluation;

namespace Cleaner.Tests.Evaluation;

public sealed class BenchmarkWordsTests
{
    [Fact]
    public void Words_are_runs_of_letters_numbers_and_underscores()
    {
        Assert.Equal(["U", "S", "led", "talks", "2025", "s_plan"], BenchmarkWords.Split("U.S.-led talks, 2025's_plan"));
    }

    [Fact]
    public void Letters_of_any_script_and_outside_the_basic_plane_are_word_characters()
    {
        Assert.Equal(["Türkiye", "ذكرت", "𝐀𝐁", "x²"], BenchmarkWords.Split("Türkiye «ذكرت» 𝐀𝐁 x²"));
    }

    [Fact]
    public void A_combining_mark_splits_a_word_as_in_the_reference_implementation()
    {
        Assert.Equal(["cafe", "au", "lait"], BenchmarkWords.Split("cafe\u0301 au lait"));
        Assert.Equal(["café"], BenchmarkWords.Split("caf\u00e9"));
    }

    [Fact]
    public void Null_or_empty_text_has_no_words()
    {
        Assert.Empty(BenchmarkWords.Split(null));
        Assert.Empty(BenchmarkWords.Split(" ,. "));
    }
}
