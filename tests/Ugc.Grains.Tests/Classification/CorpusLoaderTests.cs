using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class CorpusLoaderTests
{
    [Theory]
    [InlineData("spam")]
    [InlineData("abuse")]
    [InlineData("offtopic")]
    public void Built_in_corpora_are_large_balanced_and_distinct(string model)
    {
        var examples = CorpusLoader.LoadBuiltIn(model);
        var flagged = examples.Count(e => e.Flagged);

        Assert.True(examples.Count >= 300, $"{model}: {examples.Count} examples");
        Assert.InRange(flagged / (double)examples.Count, 0.4, 0.6);
        Assert.Equal(examples.Count, examples.Select(e => e.Text.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Parse_skips_comments_and_blank_lines()
    {
        var examples = CorpusLoader.Parse(new StringReader("# header\n\nflagged\tbuy followers\nok\tnice blender  \n"));
        Assert.Equal([new LabeledExample("buy followers", true), new LabeledExample("nice blender", false)], examples);
    }

    [Theory]
    [InlineData("spam buy now")]
    [InlineData("maybe\ttext")]
    [InlineData("ok\t   ")]
    public void Parse_names_the_bad_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => CorpusLoader.Parse(new StringReader("ok\tfine\n" + line)));
        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_built_in_model_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => CorpusLoader.LoadBuiltIn("weather"));

    [Fact]
    public void Split_is_deterministic_and_roughly_eighty_twenty()
    {
        var examples = CorpusLoader.LoadBuiltIn("spam");
        var (train, test) = CorpusSplit.Split(examples);
        var (train2, test2) = CorpusSplit.Split(examples.Reverse());

        Assert.Equal(examples.Count, train.Count + test.Count);
        Assert.InRange(test.Count / (double)examples.Count, 0.14, 0.26);
        Assert.Equal(test.OrderBy(e => e.Text, StringComparer.Ordinal), test2.OrderBy(e => e.Text, StringComparer.Ordinal));
        Assert.Empty(train.Intersect(test));
        Assert.Equal(train.Count, train2.Count);
    }
}
