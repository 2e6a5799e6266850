using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class BannedTermMatcherTests
{
    private static readonly BannedTermMatcher Matcher = new(["ass", "shit", "fuck", "cunt", "loser", "idiot", "piece of junk", "kill yourself"]);

    [Theory]
    [InlineData("This class was great")]
    [InlineData("I live near Scunthorpe")]
    [InlineData("Passed the assessment, assumed it would work")]
    [InlineData("A classic shitake mushroom recipe")]
    [InlineData("As good as it gets")]
    [InlineData("Closer than expected")]
    public void Words_containing_a_term_do_not_match(string text) =>
        Assert.Empty(Matcher.FindMatches(text));

    [Theory]
    [InlineData("what a pile of sh1t", "shit")]
    [InlineData("total l0ser product", "loser")]
    [InlineData("1oser", "loser")]
    [InlineData("f u c k this blender", "fuck")]
    [InlineData("f.u.c.k.", "fuck")]
    [InlineData("f*ck that", "fuck")]
    [InlineData("f**k that", "fuck")]
    [InlineData("sh*t happens", "shit")]
    [InlineData("FUUUUCK", "fuck")]
    [InlineData("a$$", "ass")]
    [InlineData("Asssss", "ass")]
    [InlineData("Ídiot", "idiot")]
    [InlineData("what a Piece  of JUNK!", "piece of junk")]
    [InlineData("just k1ll y0urself", "kill yourself")]
    public void Obfuscated_terms_match(string text, string term) =>
        Assert.Equal([term], Matcher.FindMatches(text));

    [Fact]
    public void Phrases_need_all_their_words_in_order()
    {
        Assert.Empty(Matcher.FindMatches("a piece of cake, not junk"));
        Assert.Empty(Matcher.FindMatches("kill the bugs yourself"));
    }

    [Fact]
    public void Matches_are_distinct_and_in_order_of_appearance() =>
        Assert.Equal(["idiot", "shit"], Matcher.FindMatches("idiot! this shit, idiot, shit"));

    [Fact]
    public void Empty_term_lists_match_nothing()
    {
        var matcher = new BannedTermMatcher(["", "  ", "!!"]);
        Assert.Equal(0, matcher.Count);
        Assert.Empty(matcher.FindMatches("anything at all"));
    }
}
