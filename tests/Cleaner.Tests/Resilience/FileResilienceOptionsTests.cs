using Cleaner.Core.Resilience;

namespace Cleaner.Tests.Resilience;

public sealed class FileResilienceOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new FileResilienceOptions().Validate();

        Assert.Equal(4, options.ReadAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.FirstDelay);
    }

    public static TheoryData<FileResilienceOptions, string> Invalid => new()
    {
        { new FileResilienceOptions { ReadAttempts = 0 }, "ReadAttempts" },
        { new FileResilienceOptions { WriteAttempts = 101 }, "WriteAttempts" },
        { new FileResilienceOptions { FirstDelay = TimeSpan.Zero }, "FirstDelay" },
        { new FileResilienceOptions { FirstDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }, "MaxDelay" },
        { new FileResilienceOptions { BreakerFailureRatio = 0 }, "BreakerFailureRatio" },
        { new FileResilienceOptions { BreakerFailureRatio = 1.5 }, "BreakerFailureRatio" },
        { new FileResilienceOptions { BreakerMinimumWrites = 1 }, "BreakerMinimumWrites" },
        { new FileResilienceOptions { BreakerWindow = TimeSpan.FromMilliseconds(10) }, "BreakerWindow" },
        { new FileResilienceOptions { BreakerOpenFor = TimeSpan.Zero }, "BreakerOpenFor" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Out_of_range_values_are_refused_with_the_option_named(FileResilienceOptions options, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());

        Assert.Equal(name, error.ParamName);
        Assert.Contains($"FileResilienceOptions.{name}", error.Message, StringComparison.Ordinal);
    }
}
