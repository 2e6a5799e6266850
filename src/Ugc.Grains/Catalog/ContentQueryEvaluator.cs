using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>Filters, searches, sorts and pages content documents in memory, as the display API asks.</summary>
public static class ContentQueryEvaluator
{
    /// <summary>Every document of <paramref name="type"/> that passes the filters and the search, unsorted.</summary>
    public static List<ContentDocument> Filter(IEnumerable<ContentDocument> documents, ContentType type, IReadOnlyList<FilterClause> filters,
        string? search, IReadOnlyDictionary<string, int>? commentCounts = null)
    {
        var terms = search?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var result = new List<ContentDocument>();
        foreach (var document in documents)
        {
            if (document.Type != type || !filters.All(f => ContentFieldValues.Matches(ContentFieldValues.Get(document, f.Field, commentCounts), f)))
            {
                continue;
            }

            if (terms.Length > 0 && !terms.All(t => Contains(document.Title, t) || Contains(document.Text, t) || Contains(document.Details, t)))
            {
                continue;
            }

            result.Add(document);
        }

        return result;
    }

    /// <summary>Sorts by the clauses in order (nulls last), then by id for a stable order across pages.</summary>
    public static List<ContentDocument> Sort(List<ContentDocument> documents, IReadOnlyList<SortClause> sorts, IReadOnlyDictionary<string, int>? commentCounts = null)
    {
        documents.Sort((a, b) =>
        {
            foreach (var sort in sorts)
            {
                var va = ContentFieldValues.Get(a, sort.Field, commentCounts);
                var vb = ContentFieldValues.Get(b, sort.Field, commentCounts);
                var c = va is null || vb is null ? ContentFieldValues.CompareValues(va, vb) : ContentFieldValues.CompareValues(va, vb) * (sort.Descending ? -1 : 1);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        });
        return documents;
    }

    public static IReadOnlyList<ContentDocument> Page(List<ContentDocument> sorted, int offset, int limit) =>
        offset >= sorted.Count ? [] : sorted.GetRange(offset, Math.Min(limit, sorted.Count - offset));

    private static bool Contains(string? text, string term) => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true;
}
