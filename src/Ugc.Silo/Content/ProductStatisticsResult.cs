namespace Ugc.Silo.Content;

/// <summary>A product's statistics as asked by <c>Stats</c>; kinds not asked for are null.</summary>
public sealed record ProductStatisticsResult(
    string ProductId, ReviewStatisticsResult? ReviewStatistics, ReviewStatisticsResult? NativeReviewStatistics, QaStatisticsResult? QAStatistics);
