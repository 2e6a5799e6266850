using System.Collections.Frozen;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>The fields of one endpoint over items of type <typeparamref name="T"/>, with the readers evaluators use.</summary>
public sealed class QuerySchema<T> : IQuerySchema
{
    private readonly FrozenDictionary<string, QueryField<T>> _fields;
    private readonly IReadOnlyList<DynamicQueryField<T>> _dynamic;

    public QuerySchema(
        ContentType type, IEnumerable<QueryField<T>> fields, IEnumerable<DynamicQueryField<T>> dynamic, IReadOnlyList<ContentType> includable,
        IReadOnlyList<SortClause> defaultSort, Func<T, string> id)
    {
        Type = type;
        _fields = fields.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _dynamic = [.. dynamic];
        Includable = includable;
        DefaultSort = defaultSort;
        Id = id;
        FilterableFields = [.. _fields.Values.Where(f => f.Filterable).Select(f => f.Name).Order(StringComparer.Ordinal)];
        SortableFields = [.. _fields.Values.Where(f => f.Sortable).Select(f => f.Name).Order(StringComparer.Ordinal)];
        DynamicPrefixes = [.. _dynamic.Select(d => d.Prefix)];
        if (defaultSort.Any(s => !SortableFields.Contains(s.Field)))
        {
            throw new ArgumentException($"The default sort of {type} names a field that is not sortable.", nameof(defaultSort));
        }
    }

    public ContentType Type { get; }

    public IReadOnlyList<string> FilterableFields { get; }

    public IReadOnlyList<string> SortableFields { get; }

    public IReadOnlyList<string> DynamicPrefixes { get; }

    public IReadOnlyList<ContentType> Includable { get; }

    public IReadOnlyList<SortClause> DefaultSort { get; }

    /// <summary>The item's id: the last tie-breaker of every order, so pages are stable.</summary>
    public Func<T, string> Id { get; }

    /// <summary>Every static field, filterable or sortable.</summary>
    public IEnumerable<QueryField<T>> Fields => _fields.Values;

    /// <summary>Every dynamic family.</summary>
    public IReadOnlyList<DynamicQueryField<T>> Dynamic => _dynamic;

    public bool TryFilterField(string name, out string canonical, out FieldValueKind kind)
    {
        if (_fields.TryGetValue(name, out var field) && field.Filterable)
        {
            (canonical, kind) = (field.Name, field.Kind);
            return true;
        }

        foreach (var family in _dynamic)
        {
            // A dynamic field needs a non-empty suffix: "ContextDataValue_" alone names nothing.
            if (name.Length > family.Prefix.Length && name.StartsWith(family.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                (canonical, kind) = (string.Concat(family.Prefix, name.AsSpan(family.Prefix.Length)), family.Kind);
                return true;
            }
        }

        (canonical, kind) = ("", FieldValueKind.Text);
        return false;
    }

    public bool TrySortField(string name, out string canonical)
    {
        canonical = _fields.TryGetValue(name, out var field) && field.Sortable ? field.Name : "";
        return canonical.Length > 0;
    }

    /// <summary>The reader and kind of a canonical filter or sort field; unknown names read null (a parsed query has none).</summary>
    public (Func<T, object?> Read, FieldValueKind Kind) Reader(string canonical)
    {
        if (_fields.TryGetValue(canonical, out var field))
        {
            return (field.Read, field.Kind);
        }

        foreach (var family in _dynamic)
        {
            if (canonical.Length > family.Prefix.Length && canonical.StartsWith(family.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                var suffix = canonical[family.Prefix.Length..];
                return (item => family.Read(item, suffix), family.Kind);
            }
        }

        return (_ => null, FieldValueKind.Text);
    }
}
