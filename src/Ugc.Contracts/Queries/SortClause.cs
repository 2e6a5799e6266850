namespace Ugc.Contracts.Queries;

/// <summary>One parsed <c>Sort</c> key; earlier clauses take precedence.</summary>
/// <param name="Field">Canonical field name from <see cref="ContentFields"/>.</param>
/// <param name="Descending">True for <c>desc</c>.</param>
public sealed record SortClause(string Field, bool Descending);
