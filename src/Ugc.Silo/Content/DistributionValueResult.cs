namespace Ugc.Silo.Content;

/// <summary>How many items gave one value of a dimension.</summary>
public sealed record DistributionValueResult<TValue>(TValue Value, string? ValueLabel, int Count);
