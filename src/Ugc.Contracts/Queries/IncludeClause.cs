namespace Ugc.Contracts.Queries;

/// <summary>Related content to embed in <c>Includes</c>, with its own <c>Limit_</c>, <c>Sort_</c> and <c>Filter_</c>.</summary>
/// <param name="Type">The included content type.</param>
/// <param name="Limit">Items per parent, 1..<see cref="ContentQuery.MaxIncludeLimit"/>.</param>
/// <param name="Sorts">Ordering of the included items (the type's default when none was sent).</param>
/// <param name="Filters">Filters on the included items, ANDed.</param>
public sealed record IncludeClause(
    ContentType Type,
    int Limit,
    IReadOnlyList<SortClause> Sorts,
    IReadOnlyList<FilterClause> Filters);
