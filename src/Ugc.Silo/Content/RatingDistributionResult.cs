namespace Ugc.Silo.Content;

/// <summary>How many reviews gave one overall rating (non-zero buckets only).</summary>
public sealed record RatingDistributionResult(int RatingValue, int Count);
