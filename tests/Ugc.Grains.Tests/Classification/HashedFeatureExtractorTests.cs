using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class HashedFeatureExtractorTests
{
    private readonly HashedFeatureExtractor _extractor = new(contactFeatures: false);

    [Fact]
    public void Words_and_pairs_become_distinct_sorted_buckets()
    {
        var features = _extractor.Extract("great blender great blender");

        // great, blender, "great blender", "blender great": repeats count once.
        Assert.Equal(4, features.Length);
        Assert.Equal(features.Order(), features);
        Assert.All(features, f => Assert.InRange(f, 0, (1 << HashedFeatureExtractor.DefaultBits) - 1));
    }

    [Fact]
    public void Buckets_are_stable_and_insensitive_to_case_and_obfuscation()
    {
        Assert.Equal(_extractor.Extract("Total LOSER"), _extractor.Extract("total l0s3r!"));
        Assert.Equal(_extractor.Extract(["total", "loser"]), _extractor.Extract("total loser"));
    }

    [Fact]
    public void Word_order_matters_through_pairs() =>
        Assert.NotEqual(_extractor.Extract("not good"), _extractor.Extract("good not"));

    [Fact]
    public void Contact_details_add_one_feature_per_kind()
    {
        var withContacts = new HashedFeatureExtractor();
        var a = withContacts.Extract("call 555-123-4567").Except(_extractor.Extract("call 555-123-4567"));
        var b = withContacts.Extract("call 212-987-6543").Except(_extractor.Extract("call 212-987-6543"));
        Assert.Equal(a, b);
        Assert.Single(a);
    }
}
