namespace Ugc.Contracts.Queries;

/// <summary>Related content to embed in <c>Includes</c>, with its own <c>Limit_</c>, <c>Sort_</c> and <c>Filter_</c>.</summary>
/// <param name="Type">The included content type.</param>
/// <param name="Limit">Items per parent, 1..<see cref="ContentQuery.MaxIncludeLimit"/>.</param>
/// <param name="Sorts">Ordering of the included items (the type's default when none was sent).</param>
/// <param name="Filters">Filters on the included items, ANDed.</param>
[GenerateSerializer, Immutable, Alias("ugc.include-clause")]
public sealed record IncludeClause(
    [property: Id(0)] ContentType Type,
    [property: Id(1)] int Limit,
    [property: Id(2)] IReadOnlyList<SortClause> Sorts,
    [property: Id(3)] IReadOnlyList<FilterClause> Filters);
