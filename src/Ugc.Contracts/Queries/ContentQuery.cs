namespace Ugc.Contracts.Queries;

/// <summary>
/// A validated display request, ready for a grain to evaluate in memory. Field names are canonical
/// (see <see cref="ContentFields"/>), so evaluators compare them ordinally.
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
public sealed record ContentQuery(
    ContentType Type,
    IReadOnlyList<FilterClause> Filters,
    IReadOnlyList<SortClause> Sorts,
    int Limit,
    int Offset,
    string? Search,
    string? Locale,
    IReadOnlyList<StatsKind> Stats,
    IReadOnlyList<StatsKind> FilteredStats,
    bool IncentivizedStats,
    IReadOnlyList<IncludeClause> Includes,
    IReadOnlyDictionary<ContentType, IReadOnlyList<FilterClause>> RelatedFilters)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public const int MaxOffset = 300_000;
    public const int DefaultIncludeLimit = 10;
    public const int MaxIncludeLimit = 20;

    /// <summary>Most product ids one <c>statistics.json</c> request may name.</summary>
    public const int MaxStatisticsProducts = 100;
}
