namespace Ugc.Contracts.Queries;

/// <summary>
/// One parsed <c>Filter</c>: the item matches when its <paramref name="Field"/> compares true with any of
/// <paramref name="Values"/> (values are ORed; separate clauses are ANDed).
/// </summary>
/// <param name="Field">Canonical field name, as the display API's field definitions spell it; a dynamic suffix is kept as sent.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Values">Unescaped values; booleans lower case, times as epoch seconds.</param>
[GenerateSerializer, Immutable, Alias("ugc.filter-clause")]
public sealed record FilterClause(
    [property: Id(0)] string Field,
    [property: Id(1)] FilterOperator Operator,
    [property: Id(2)] IReadOnlyList<string> Values);
