namespace Ugc.Contracts.Queries;

/// <summary>One parsed <c>Sort</c> key; earlier clauses take precedence.</summary>
/// <param name="Field">Canonical field name, as the display API's field definitions spell it.</param>
/// <param name="Descending">True for <c>desc</c>.</param>
[GenerateSerializer, Immutable, Alias("ugc.sort-clause")]
public sealed record SortClause([property: Id(0)] string Field, [property: Id(1)] bool Descending);
