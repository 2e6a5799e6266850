namespace Ugc.Grains.Catalog;

/// <summary>A held document's yes/no members and which of its optional ones are set, in two bytes.</summary>
[Flags]
[GenerateSerializer, Alias("ugc.state.content-flags")]
public enum ContentFlags : ushort
{
    None = 0,
    HasRating = 1,
    Recommended = 2,
    NotRecommended = 4,
    Featured = 8,
    Incentivized = 16,
    BrandAnswer = 32,
    BestAnswer = 64,
    RatingsOnly = 128,
    Moderated = 256,
    HasPhotos = 512,
}
