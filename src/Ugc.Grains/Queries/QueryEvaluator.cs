using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>Filters, sorts and pages items in memory by the fields of their <see cref="QuerySchema{T}"/>.</summary>
public static class QueryEvaluator
{
    /// <summary>A predicate for ANDed clauses (values within a clause ORed, as <see cref="FieldComparison"/> says).</summary>
    public static Func<T, bool> Compile<T>(QuerySchema<T> schema, IReadOnlyList<FilterClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var tests = clauses.Select(c =>
        {
            var (read, kind) = schema.Reader(c.Field);
            var test = FieldComparison.Compile(c, kind);
            return (Func<T, bool>)(item => test(read(item)));
        }).ToArray();
        return item => Array.TrueForAll(tests, t => t(item));
    }

    /// <summary>The items that pass every clause.</summary>
    public static List<T> Filter<T>(IEnumerable<T> items, QuerySchema<T> schema, IReadOnlyList<FilterClause> clauses)
    {
        var matches = Compile(schema, clauses);
        return [.. items.Where(matches)];
    }

    /// <summary>Sorts by the clauses in order, missing values last either way, then by id for a stable order across pages.</summary>
    public static List<T> Sort<T>(IEnumerable<T> items, QuerySchema<T> schema, IReadOnlyList<SortClause> sorts)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var list = items as List<T> ?? [.. items];
        var readers = sorts.Select(s => schema.Reader(s.Field).Read).ToArray();

        // Each item's keys are read once, not once per comparison.
        var keys = list.Select(item => Array.ConvertAll(readers, read => read(item))).ToArray();
        var ids = list.Select(schema.Id).ToArray();
        var order = Enumerable.Range(0, list.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < readers.Length; k++)
            {
                var (x, y) = (keys[a][k], keys[b][k]);
                if (x is null || y is null)
                {
                    var missing = (x is null).CompareTo(y is null);
                    if (missing != 0)
                    {
                        return missing;
                    }

                    continue;
                }

                var c = FieldComparison.Compare(x, y);
                if (c != 0)
                {
                    return sorts[k].Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(ids[a], ids[b]);
        });
        return [.. order.Select(i => list[i])];
    }

    /// <summary>The page starting at item <paramref name="offset"/>.</summary>
    public static List<T> Page<T>(List<T> sorted, int offset, int limit) =>
        offset >= sorted.Count ? [] : sorted.GetRange(offset, Math.Min(limit, sorted.Count - offset));
}
