using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Crème Brûlée, NAÏVE façade!", "creme brulee naive facade")]
    [InlineData("Straße", "strasse")]
    [InlineData("ｆｕｌｌ ｗｉｄｔｈ", "full width")]
    [InlineData("Don't   stop", "dont stop")]
    [InlineData("", "")]
    public void Normalize_folds_case_diacritics_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("sh1t", "shit")]
    [InlineData("l0s3r", "loser")]
    [InlineData("@$$", "ass")]
    [InlineData("$h!t", "shit")]
    [InlineData("7r4sh", "trash")]
    public void Leetspeak_is_decoded_inside_words(string input, string expected) =>
        Assert.Contains(expected, TextNormalizer.Tokenize(input).Single().Forms);

    [Theory]
    [InlineData("5 stars for 2 kids", "5 stars for 2 kids")]
    [InlineData("4k 64gb 3rd", "4k 64gb 3rd")]
    [InlineData("$100", "100")]
    public void Numbers_and_quantities_stay_numbers(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void One_reads_as_i_or_l()
    {
        var token = TextNormalizer.Tokenize("1oser").Single();
        Assert.Contains("loser", token.Forms);
        Assert.Contains("ioser", token.Forms);
    }

    [Fact]
    public void Elongated_letters_collapse_to_one_or_two()
    {
        var token = TextNormalizer.Tokenize("fuuuuuck").Single();
        Assert.Equal("fuck", token.Text);

        var doubled = TextNormalizer.Tokenize("asssss").Single();
        Assert.Contains("ass", doubled.Forms);

        // Ordinary double letters are spelling, not elongation.
        Assert.Equal(["good"], TextNormalizer.Tokenize("good").Single().Forms);
    }

    [Theory]
    [InlineData("coffee", "coffee")]
    [InlineData("Naïve", "naive")]
    [InlineData("靴", "靴")]
    [InlineData("don't", "dont")]
    public void A_word_of_letters_only_is_its_one_spelling(string input, string expected) =>
        Assert.Equal([expected], TextNormalizer.Tokenize(input).Single().Forms);

    [Theory]
    [InlineData("f u c k this", "fuck this")]
    [InlineData("what a f.u.c.k.", "what a fuck")]
    [InlineData("f-u-c-k", "fuck")]
    [InlineData("U.S.A. made", "usa made")]
    public void Spelled_out_words_are_joined(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Two_single_letters_are_not_joined() =>
        Assert.Equal("i give a b grade", TextNormalizer.Normalize("I give a B grade"));

    [Fact]
    public void Masked_words_keep_their_wildcards()
    {
        var token = TextNormalizer.Tokenize("f*ck").Single();
        Assert.True(token.Masked);
        Assert.Equal("f*ck", token.Text);
        Assert.False(TextNormalizer.Tokenize("5*").Single().Masked);
    }
}
