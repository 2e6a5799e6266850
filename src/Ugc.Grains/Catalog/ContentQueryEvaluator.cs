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
        var predicates = filters.Select(f => (f.Field, Test: ContentFieldValues.Compile(f))).ToArray();
        foreach (var document in documents)
        {
            if (document.Type != type || !AllMatch(document, predicates, commentCounts))
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
        // Each document's sort keys are read once (not once per comparison): reading a field boxes its value.
        var keys = new object?[documents.Count][];
        var order = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            order[i] = i;
            keys[i] = new object?[sorts.Count];
            for (var k = 0; k < sorts.Count; k++)
            {
                keys[i][k] = ContentFieldValues.Get(documents[i], sorts[k].Field, commentCounts);
            }
        }

        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < sorts.Count; k++)
            {
                var (va, vb) = (keys[a][k], keys[b][k]);
                var c = ContentFieldValues.CompareValues(va, vb);
                if (c != 0)
                {
                    return va is null || vb is null || !sorts[k].Descending ? c : -c;
                }
            }

            return string.CompareOrdinal(documents[a].Id, documents[b].Id);
        });
        return [.. order.Select(i => documents[i])];
    }

    public static IReadOnlyList<ContentDocument> Page(List<ContentDocument> sorted, int offset, int limit) =>
        offset >= sorted.Count ? [] : sorted.GetRange(offset, Math.Min(limit, sorted.Count - offset));

    private static bool AllMatch(ContentDocument document, (string Field, Func<object?, bool> Test)[] predicates, IReadOnlyDictionary<string, int>? commentCounts)
    {
        foreach (var (field, test) in predicates)
        {
            if (!test(ContentFieldValues.Get(document, field, commentCounts)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string? text, string term) => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true;
}
