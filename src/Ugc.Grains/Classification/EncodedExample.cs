namespace Ugc.Grains.Classification;

/// <summary>A training example as features: its word and phrase buckets, label, weight and group fold.</summary>
internal sealed record EncodedExample(int[] Words, int[] Phrases, bool Flagged, double Weight, int Fold)
{
    /// <summary>All features, for the length that scales them.</summary>
    public int FeatureCount => Words.Length + Phrases.Length;
}
