using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class PatternExpanderTests
{
    private readonly PatternExpander _expander = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["product"] = ["kettle", "{electric|gas} <part>"],
        ["part"] = ["stove"],
        ["loop"] = ["<loop>"],
    });

    private List<string> All(string pattern) =>
        [.. Enumerable.Range(0, 200).Select(i => _expander.Expand(pattern, new SplitMix64((ulong)i))).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Alternatives_nest_and_an_empty_one_makes_a_part_optional() =>
        Assert.Equal(["a big blue kettle.", "a big red kettle.", "a blue kettle.", "a red kettle.", "a small blue kettle.", "a small red kettle."],
            All("a {big |small |}{red|blue} kettle ."));

    [Fact]
    public void Slots_expand_recursively() =>
        Assert.Equal(["my electric stove", "my gas stove", "my kettle"], All("my <product>"));

    [Fact]
    public void Text_that_only_looks_like_a_slot_stays_text() =>
        Assert.Equal(["I <3 it, a < b"], All("I <3 it, a < b"));

    [Theory]
    [InlineData("a {b|c", "Unbalanced")]
    [InlineData("a b|c}", "Unbalanced")]
    [InlineData("a <colour>", "Unknown slot <colour>")]
    public void Bad_patterns_are_format_errors(string pattern, string message)
    {
        var error = Assert.Throws<FormatException>(() => _expander.Validate(pattern));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_that_refers_to_itself_is_a_format_error() =>
        Assert.Throws<FormatException>(() => _expander.Expand("<loop>", new SplitMix64(1)));

    [Fact]
    public void The_same_seed_gives_the_same_text_and_noise()
    {
        var a = TextVariation.Apply(_expander.Expand("{a|b|c} {d|e|f} is a long sentence about kettles", new SplitMix64(7)), new SplitMix64(7));
        var b = TextVariation.Apply(_expander.Expand("{a|b|c} {d|e|f} is a long sentence about kettles", new SplitMix64(7)), new SplitMix64(7));
        Assert.Equal(a, b);
    }
}
