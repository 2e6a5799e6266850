using System.Collections.Frozen;

namespace Ugc.Contracts.Queries;

/// <summary>
/// The canonical filterable and sortable field names per content type, as the display API spells them.
/// Requests may use any letter case; parsers normalize to these names so evaluators compare ordinally.
/// </summary>
public static partial class ContentFields
{
    public const string ContextDataValuePrefix = "ContextDataValue_";
    public const string SecondaryRatingPrefix = "SecondaryRating_";
    public const string AdditionalFieldPrefix = "AdditionalField_";

    /// <summary>Dynamic field prefixes; the suffix (dimension or field id) is kept as sent.</summary>
    public static IReadOnlyList<string> DynamicPrefixes { get; } =
        [ContextDataValuePrefix, SecondaryRatingPrefix, AdditionalFieldPrefix];

    /// <summary>The static filterable fields of <paramref name="type"/> (dynamic prefixes excluded).</summary>
    public static IReadOnlyCollection<string> Filterable(ContentType type) => s_tables[type].Filterable.Values;

    /// <summary>The dynamic prefixes <paramref name="type"/> accepts in filters.</summary>
    public static IReadOnlyList<string> DynamicFilterPrefixes(ContentType type) => s_tables[type].DynamicPrefixes;

    /// <summary>The sortable fields of <paramref name="type"/>.</summary>
    public static IReadOnlyCollection<string> Sortable(ContentType type) => s_tables[type].Sortable.Values;

    /// <summary>The content types <paramref name="type"/> can embed with <c>Include</c>.</summary>
    public static IReadOnlyCollection<ContentType> Includable(ContentType type) => s_tables[type].Includable;

    /// <summary>The order used when a request sends no <c>Sort</c>.</summary>
    public static IReadOnlyList<SortClause> DefaultSort(ContentType type) => s_tables[type].DefaultSort;

    /// <summary>Maps a filter field in any letter case to its canonical name, dynamic fields included.</summary>
    public static bool TryNormalizeFilterField(ContentType type, string field, out string canonical)
    {
        var table = s_tables[type];
        if (table.Filterable.TryGetValue(field, out canonical!))
        {
            return true;
        }

        foreach (var prefix in table.DynamicPrefixes)
        {
            // A dynamic field needs a non-empty suffix: "ContextDataValue_" alone names nothing.
            if (field.Length > prefix.Length && field.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                canonical = string.Concat(prefix, field.AsSpan(prefix.Length));
                return true;
            }
        }

        canonical = "";
        return false;
    }

    /// <summary>Maps a sort field in any letter case to its canonical name.</summary>
    public static bool TryNormalizeSortField(ContentType type, string field, out string canonical)
    {
        if (s_tables[type].Sortable.TryGetValue(field, out canonical!))
        {
            return true;
        }

        canonical = "";
        return false;
    }

    /// <summary>True for fields whose values are epoch seconds.</summary>
    public static bool IsTimeField(string canonicalField) => ValueKind(canonicalField) == FieldValueKind.Time;

    /// <summary>How values of a canonical field are written and compared.</summary>
    public static FieldValueKind ValueKind(string canonicalField)
    {
        if (s_kinds.TryGetValue(canonicalField, out var kind))
        {
            return kind;
        }

        return canonicalField.StartsWith(SecondaryRatingPrefix, StringComparison.Ordinal)
            ? FieldValueKind.Number
            : FieldValueKind.Text;
    }
}
