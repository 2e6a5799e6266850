namespace Ugc.Silo.Content;

/// <summary>
/// How content spreads over the values of one dimension (a context-data question, a tag dimension or a secondary
/// rating): <c>{Id, Label, Values: [{Value, ValueLabel, Count}]}</c>.
/// </summary>
public sealed record DistributionResult<TValue>(string Id, string? Label, IReadOnlyList<DistributionValueResult<TValue>> Values);
