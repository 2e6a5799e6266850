namespace Ugc.Contracts.Queries;

/// <summary>
/// A validated display request, ready for a grain to evaluate in memory. Field names are canonical
/// (the display API's field definitions in the grains), so evaluators look them up as parsed.
/// </summary>
/// <param name="Type">The endpoint's content type.</param>
/// <param name="Filters">ANDed filter clauses.</param>
/// <param name="Sorts">Sort keys in precedence order; never empty (the type's default applies).</param>
/// <param name="Limit">Page size.</param>
/// <param name="Offset">Index of the first item of the page.</param>
/// <param name="Search">Full-text search within one product's content, or null.</param>
/// <param name="Locale">Normalized locale such as <c>en_US</c>, or null.</param>
/// <param name="Stats">Statistics to attach (<c>Stats</c>).</param>
/// <param name="FilteredStats">Statistics over the filtered set (<c>FilteredStats</c>).</param>
/// <param name="IncentivizedStats">Whether to add <c>IncentivizedReviewCount</c>.</param>
/// <param name="Includes">Related content to embed.</param>
/// <param name="RelatedFilters">
/// Every <c>Filter_&lt;Type&gt;</c> sent, included or not: on products they also narrow <c>FilteredStats</c>.
/// </param>
[GenerateSerializer, Immutable, Alias("ugc.content-query")]
public sealed record ContentQuery(
    [property: Id(0)] ContentType Type,
    [property: Id(1)] IReadOnlyList<FilterClause> Filters,
    [property: Id(2)] IReadOnlyList<SortClause> Sorts,
    [property: Id(3)] int Limit,
    [property: Id(4)] int Offset,
    [property: Id(5)] string? Search,
    [property: Id(6)] string? Locale,
    [property: Id(7)] IReadOnlyList<StatsKind> Stats,
    [property: Id(8)] IReadOnlyList<StatsKind> FilteredStats,
    [property: Id(9)] bool IncentivizedStats,
    [property: Id(10)] IReadOnlyList<IncludeClause> Includes,
    [property: Id(11)] IReadOnlyDictionary<ContentType, IReadOnlyList<FilterClause>> RelatedFilters)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public const int MaxOffset = 300_000;
    public const int DefaultIncludeLimit = 10;
    public const int MaxIncludeLimit = 20;

    /// <summary>Most product ids one <c>statistics.json</c> request may name.</summary>
    public const int MaxStatisticsProducts = 100;
}
