using System.Text;
using Ugc.Grains.Classification;

namespace Ugc.Bench.Http;

/// <summary>
/// Review texts for the benchmarks: honest sentences of the moderation corpus (everyday reviews and answers, which
/// no built-in model flags) strung together to about the length of a real review, each text different.
/// </summary>
internal sealed class ReviewTexts
{
    private static readonly string[] s_titles =
    [
        "Solid choice for everyday use", "Works as described", "Better than expected", "Good value", "Not bad at all",
        "Does the job", "Happy with it", "A few quirks", "Would buy again", "Decent for the price", "Pretty good overall",
        "Some room for improvement", "Great little product", "Mixed feelings", "Exactly what I needed",
    ];

    private readonly string[] _sentences;

    public ReviewTexts()
    {
        var honest = CorpusLoader.LoadPatterns("spam").Where(p => p.Source.StartsWith("Honest.tsv", StringComparison.Ordinal));
        _sentences = [.. CorpusLoader.Expand(honest).Select(e => e.Text.Trim()).Where(t => t.Length >= 20)];
    }

    /// <summary>Distinct sentences to draw from.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>A review text of about <paramref name="length"/> characters.</summary>
    public string Text(SplitMix64 random, int length = 410)
    {
        var text = new StringBuilder(length + 120);
        while (text.Length < length)
        {
            var sentence = _sentences[random.Next(_sentences.Length)];
            text.Append(text.Length == 0 ? "" : " ").Append(sentence);
            if (sentence[^1] is not ('.' or '!' or '?'))
            {
                text.Append('.');
            }
        }

        return text.ToString();
    }

    public string Title(SplitMix64 random) => s_titles[random.Next(s_titles.Length)];

    /// <summary>A star rating shaped like review sites' (mostly 4 and 5, a tail of 1).</summary>
    public static int Rating(SplitMix64 random) => random.NextDouble() switch
    {
        < 0.45 => 5,
        < 0.70 => 4,
        < 0.82 => 3,
        < 0.90 => 2,
        _ => 1,
    };
}
