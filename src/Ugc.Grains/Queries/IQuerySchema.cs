using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>What a display endpoint accepts, for the request parser: its fields, includes and default order.</summary>
public interface IQuerySchema
{
    /// <summary>The endpoint's content type.</summary>
    ContentType Type { get; }

    /// <summary>Static filterable field names, canonical spelling.</summary>
    IReadOnlyList<string> FilterableFields { get; }

    /// <summary>Sortable field names, canonical spelling.</summary>
    IReadOnlyList<string> SortableFields { get; }

    /// <summary>Prefixes of dynamic filter fields.</summary>
    IReadOnlyList<string> DynamicPrefixes { get; }

    /// <summary>The types <c>Include</c> may embed.</summary>
    IReadOnlyList<ContentType> Includable { get; }

    /// <summary>The order when a request sends no <c>Sort</c>.</summary>
    IReadOnlyList<SortClause> DefaultSort { get; }

    /// <summary>A filter field in any case: its canonical name (dynamic suffix kept as sent) and value kind.</summary>
    bool TryFilterField(string name, out string canonical, out FieldValueKind kind);

    /// <summary>A sort field in any case: its canonical name.</summary>
    bool TrySortField(string name, out string canonical);
}
