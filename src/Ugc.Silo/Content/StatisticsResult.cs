using Ugc.Contracts.Content;

namespace Ugc.Silo.Content;

/// <summary>One result of <c>statistics.json</c>.</summary>
public sealed record StatisticsResult(ProductStatisticsResult ProductStatistics);

/// <summary>A product's statistics as asked by <c>Stats</c>; kinds not asked for are null.</summary>
public sealed record ProductStatisticsResult(string ProductId, ReviewStatistics? ReviewStatistics, ReviewStatistics? NativeReviewStatistics, QaStatistics? QAStatistics);
