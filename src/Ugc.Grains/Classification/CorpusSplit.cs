using Ugc.Grains.Moderation;

namespace Ugc.Grains.Classification;

/// <summary>
/// A deterministic train/test split: an example's side depends only on the hash of its text, so the
/// split is the same in every process and an example keeps its side when the corpus grows.
/// </summary>
public static class CorpusSplit
{
    /// <summary>Splits off roughly <paramref name="testPercent"/>% of the examples for evaluation.</summary>
    public static (IReadOnlyList<LabeledExample> Train, IReadOnlyList<LabeledExample> Test) Split(
        IEnumerable<LabeledExample> examples, int testPercent = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(testPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(testPercent, 100);
        var train = new List<LabeledExample>();
        var test = new List<LabeledExample>();
        foreach (var example in examples)
        {
            (Fnv1a64.Hash(example.Text) % 100 < (ulong)testPercent ? test : train).Add(example);
        }

        return (train, test);
    }
}
