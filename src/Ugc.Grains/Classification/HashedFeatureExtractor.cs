using Ugc.Grains.Moderation;

namespace Ugc.Grains.Classification;

/// <summary>
/// Turns text into a set of hashed features: normalized words, adjacent word pairs and, optionally, one marker per
/// kind of contact detail found (so "call 555..." and "call 212..." look alike) and numbers by their shape. Obfuscation ("id1ot", "f*ck",
/// "s p a m") is undone by <see cref="TextNormalizer"/> before hashing. Hashing keeps memory bounded without a
/// vocabulary; FNV-1a keeps buckets stable across processes.
/// </summary>
public sealed class HashedFeatureExtractor
{
    /// <summary>2^18 buckets: collisions are rare for vocabularies of tens of thousands of words and pairs.</summary>
    public const int DefaultBits = 18;

    private const byte UnigramTag = (byte)'u', BigramTag = (byte)'b', ContactTag = (byte)'c';

    private readonly ulong _mask;

    /// <summary>Creates an extractor with 2^<paramref name="bits"/> buckets.</summary>
    /// <param name="bits">log2 of the bucket count.</param>
    /// <param name="contactFeatures">Whether contact details add a marker per kind.</param>
    /// <param name="numberShapes">Whether numbers count by their shape rather than their value (off for the naive Bayes versions stored before).</param>
    public HashedFeatureExtractor(int bits = DefaultBits, bool contactFeatures = true, bool numberShapes = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        Bits = bits;
        ContactFeatures = contactFeatures;
        NumberShapes = numberShapes;
        _mask = (1UL << bits) - 1;
    }

    /// <summary>log2 of the bucket count.</summary>
    public int Bits { get; }

    /// <summary>Whether contact details found by <see cref="SolicitationDetector"/> add features.</summary>
    public bool ContactFeatures { get; }

    /// <summary>Whether numbers count by their shape ("#2" for any two digits) rather than their value.</summary>
    public bool NumberShapes { get; }

    /// <summary>Distinct feature buckets of <paramref name="text"/>, ascending.</summary>
    public int[] Extract(string? text)
    {
        var (words, phrases) = ExtractParts(text);
        return [.. words.Union(phrases).Order()];
    }

    /// <summary>Distinct feature buckets of already normalized words, ascending (no contact features).</summary>
    public int[] Extract(IReadOnlyList<string> words)
    {
        var (single, phrases) = Buckets(words);
        return [.. single.Union(phrases).Order()];
    }

    /// <summary>
    /// The features in two parts, each distinct and ascending: single-word evidence (words, contact markers)
    /// and word pairs, which are far more numerous and mostly seen once.
    /// </summary>
    public (int[] Words, int[] Phrases) ExtractParts(string? text)
    {
        var (words, phrases) = Buckets([.. TextNormalizer.Tokenize(text).Select(t => t.Text)]);
        if (ContactFeatures)
        {
            foreach (var kind in SolicitationDetector.Detect(text).Select(f => f.Kind).Distinct())
            {
                words.Add(Bucket(Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, ContactTag), kind.ToString())));
            }
        }

        phrases.ExceptWith(words);
        return ([.. words.Order()], [.. phrases.Order()]);
    }

    private (HashSet<int> Words, HashSet<int> Phrases) Buckets(IReadOnlyList<string> raw)
    {
        // "45" and "555" say nothing by their value, and a corpus that generates phone numbers digit by digit would
        // otherwise teach that particular numbers are spam; their length still tells a year from a price.
        IReadOnlyList<string> words = NumberShapes ? [.. raw.Select(Shape)] : raw;
        // Sets: each feature counts once per text, so one repeated word cannot outvote the rest of a review.
        var single = new HashSet<int>();
        var phrases = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            single.Add(Bucket(Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, UnigramTag), words[i])));
            if (i > 0)
            {
                var bigram = Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, BigramTag), words[i - 1]);
                bigram = Fnv1a64.Append(Fnv1a64.Append(bigram, (byte)' '), words[i]);
                phrases.Add(Bucket(bigram));
            }
        }

        return (single, phrases);
    }

    private static string Shape(string word) =>
        word.Length > 0 && word.All(char.IsAsciiDigit) ? "#" + Math.Min(word.Length, 5).ToString(System.Globalization.CultureInfo.InvariantCulture) : word;

    // Folding the high half in mixes all 64 bits into the low bits the mask keeps.
    private int Bucket(ulong hash) => (int)((hash ^ (hash >> 32)) & _mask);
}
