using System.Globalization;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Content;

/// <summary>
/// Field values of the items the gateway filters or orders itself (products, categories, authors, and content merged
/// across products): strings, numbers, booleans, times as epoch seconds.
/// </summary>
public static class FieldValues
{
    /// <summary>A content field, read as the product grains read it (one definition for both).</summary>
    public static object? Of(ContentDocument d, string field) => ContentFieldValues.Get(d, field);

    public static object? Of(ProductView p, string field) => field switch
    {
        "Id" => p.Catalog.Id,
        "Name" => p.Catalog.Name,
        "CategoryId" => p.Catalog.CategoryId,
        "BrandId" => p.Catalog.Brand,
        "IsActive" => p.Catalog.Active,
        "IsDisabled" => !p.Catalog.Active,
        "AverageOverallRating" => p.Statistics.Reviews.AverageOverallRating,
        "TotalReviewCount" => (double)p.Statistics.Reviews.TotalReviewCount,
        "TotalQuestionCount" => (double)p.Statistics.QA.TotalQuestionCount,
        "TotalAnswerCount" => (double)p.Statistics.QA.TotalAnswerCount,
        "EAN" or "UPC" or "ISBN" => p.Catalog.GtinList,
        _ => null,
    };

    /// <summary>True when every clause holds (values within a clause are ORed; a list value matches if any member does).</summary>
    public static bool Matches(Func<string, object?> valueOf, IEnumerable<FilterClause> clauses) =>
        clauses.All(clause =>
        {
            var value = valueOf(clause.Field);
            var candidates = value is IEnumerable<string> list ? list.Cast<object?>().ToList() : [value];
            var any = clause.Values.Any(v => candidates.Any(c => Holds(c, clause.Operator, v)));
            // neq means "equal to none of the values".
            return clause.Operator == FilterOperator.Neq ? clause.Values.All(v => candidates.All(c => Holds(c, FilterOperator.Neq, v))) : any;
        });

    /// <summary>Orders by the sort keys; nulls always last, ties by id for a stable page.</summary>
    public static List<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<SortClause> sorts, Func<T, string, object?> valueOf)
    {
        var list = items.ToList();
        list.Sort((a, b) =>
        {
            foreach (var sort in sorts)
            {
                var (x, y) = (valueOf(a, sort.Field), valueOf(b, sort.Field));
                if (x is null || y is null)
                {
                    var nulls = (x is null).CompareTo(y is null);
                    if (nulls != 0)
                    {
                        return nulls;
                    }

                    continue;
                }

                var order = Compare(x, y);
                if (order != 0)
                {
                    return sort.Descending ? -order : order;
                }
            }

            return string.CompareOrdinal(valueOf(a, "Id") as string, valueOf(b, "Id") as string);
        });
        return list;
    }

    private static int Compare(object x, object y) => (x, y) switch
    {
        (double a, double b) => a.CompareTo(b),
        (int a, int b) => a.CompareTo(b),
        (long a, long b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => string.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
    };

    private static bool Holds(object? actual, FilterOperator op, string wanted)
    {
        if (actual is null)
        {
            return op == FilterOperator.Neq ? !string.Equals(wanted, "null", StringComparison.OrdinalIgnoreCase)
                : op == FilterOperator.Eq && string.Equals(wanted, "null", StringComparison.OrdinalIgnoreCase);
        }

        int order;
        if (actual is bool flag)
        {
            if (!bool.TryParse(wanted, out var b))
            {
                return op == FilterOperator.Neq;
            }

            order = flag.CompareTo(b);
        }
        else if (actual is string text)
        {
            order = string.Compare(text, wanted, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            var number = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
            if (!double.TryParse(wanted, NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                return op == FilterOperator.Neq;
            }

            order = number.CompareTo(w);
        }

        return op switch
        {
            FilterOperator.Eq => order == 0,
            FilterOperator.Neq => order != 0,
            FilterOperator.Lt => order < 0,
            FilterOperator.Lte => order <= 0,
            FilterOperator.Gt => order > 0,
            _ => order >= 0,
        };
    }
}
