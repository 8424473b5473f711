using Cleaner.Core.Rules;

namespace Cleaner.Tests.Rules;

public sealed class CharSetTests
{
    [Fact]
    public void Members_on_either_side_of_every_mask_boundary_are_found_and_nothing_else_is()
    {
        char[] members = ['\0', '?', '@', 'A', 'z', '\x7F', '\x80', 'é', '©', '\uFFFF'];
        var set = new CharSet(members);

        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(members.Contains((char)c), set.Contains((char)c));
        }
    }

    [Fact]
    public void An_empty_set_holds_nothing()
    {
        var set = new CharSet([]);

        Assert.False(set.Contains('a'));
        Assert.False(set.Contains('é'));
        Assert.False(default(CharSet).Contains('a'));
    }
}
