using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class ContentFingerprintTests
{
    [Fact]
    public void Fnv1a64_matches_reference_vectors()
    {
        Assert.Equal(0xcbf29ce484222325UL, Fnv1a64.Hash(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Fnv1a64.Hash("a"));
        Assert.Equal(0x85944171f73967e8UL, Fnv1a64.Hash("foobar"));
    }

    [Fact]
    public void Case_punctuation_and_whitespace_do_not_change_the_fingerprint()
    {
        var original = ContentFingerprint.Compute("Great blender, works perfectly!");
        Assert.Equal(original, ContentFingerprint.Compute("great   BLENDER works perfectly"));
        Assert.Equal(original, ContentFingerprint.Compute("Great blender... works - perfectly?!\n"));
        Assert.Equal(original, ContentFingerprint.Compute("Gr3at bl3nder, works perfectly"));
        Assert.Equal(original, ContentFingerprint.Compute("greatblender worksperfectly"));
    }

    [Fact]
    public void Different_words_give_different_fingerprints()
    {
        Assert.NotEqual(ContentFingerprint.Compute("Great blender"), ContentFingerprint.Compute("Great toaster"));
        Assert.NotEqual(ContentFingerprint.Compute("not good"), ContentFingerprint.Compute("good"));
    }

    [Fact]
    public void Fingerprint_is_stable_across_processes() =>
        Assert.Equal(Fnv1a64.Hash("greatblender"), ContentFingerprint.Compute("Great Blender!"));

    [Fact]
    public void Hex_form_has_sixteen_digits() =>
        Assert.Matches("^[0-9a-f]{16}$", ContentFingerprint.ComputeHex("hello"));
}
