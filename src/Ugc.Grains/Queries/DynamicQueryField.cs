using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>
/// A family of filter fields named by a prefix and a client's own suffix (<c>ContextDataValue_Age</c>,
/// <c>SecondaryRating_Quality</c>): filterable, not sortable.
/// </summary>
/// <param name="Prefix">The prefix, ending in <c>_</c>, in its canonical spelling.</param>
/// <param name="Kind">How values compare.</param>
/// <param name="Read">The item's value for a suffix (matched case-insensitively), or null.</param>
public sealed record DynamicQueryField<T>(string Prefix, FieldValueKind Kind, Func<T, string, object?> Read);
