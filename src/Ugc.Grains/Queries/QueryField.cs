using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>
/// One field of the display API's <c>Filter</c> and <c>Sort</c> for items of type <typeparamref name="T"/>: its name,
/// how its values compare, what it may be used for, and how it reads an item. Parser and evaluators use this one
/// definition, so a field cannot be accepted by one and unknown (or read differently) by the other.
/// </summary>
/// <param name="Name">The canonical spelling (requests may use any case).</param>
/// <param name="Kind">How values are written and compared (see <see cref="FieldComparison"/>).</param>
/// <param name="Read">
/// The item's value: a <see cref="string"/>, a <see cref="double"/> (numbers; times as epoch seconds), a
/// <see cref="bool"/>, an <see cref="IReadOnlyList{T}"/> of strings for a field with several values, or null.
/// </param>
/// <param name="Filterable">Whether <c>Filter</c> accepts it.</param>
/// <param name="Sortable">Whether <c>Sort</c> accepts it.</param>
public sealed record QueryField<T>(string Name, FieldValueKind Kind, Func<T, object?> Read, bool Filterable = true, bool Sortable = false);
