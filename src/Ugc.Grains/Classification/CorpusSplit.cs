using Ugc.Grains.Moderation;

namespace Ugc.Grains.Classification;

/// <summary>
/// A deterministic train/test split by group: an example's side depends only on the hash of its group (its
/// pattern) or, without one, of its text. Variants of one pattern never straddle the split, so the test side
/// measures language the model has not seen rather than patterns it has memorized. The split is the same in
/// every process, and an example keeps its side when the corpus grows.
/// </summary>
public static class CorpusSplit
{
    /// <summary>Splits off roughly <paramref name="testPercent"/>% of the groups for evaluation.</summary>
    public static (IReadOnlyList<LabeledExample> Train, IReadOnlyList<LabeledExample> Test) Split(
        IEnumerable<LabeledExample> examples, int testPercent = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(testPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(testPercent, 100);
        var train = new List<LabeledExample>();
        var test = new List<LabeledExample>();
        foreach (var example in examples)
        {
            (GroupHash(example) % 100 < (ulong)testPercent ? test : train).Add(example);
        }

        return (train, test);
    }

    /// <summary>The fold, in [0, <paramref name="folds"/>), of an example's group: for cross-validation by group.</summary>
    public static int Fold(LabeledExample example, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        // The high half of the hash, so folds are independent of the train/test side (the low half).
        return (int)((GroupHash(example) >> 32) % (ulong)folds);
    }

    private static ulong GroupHash(LabeledExample example) => Fnv1a64.Hash(example.Group ?? example.Text);
}
