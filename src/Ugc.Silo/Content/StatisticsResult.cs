namespace Ugc.Silo.Content;

/// <summary>One result of <c>statistics.json</c>.</summary>
public sealed record StatisticsResult(ProductStatisticsResult ProductStatistics);
