using System.Globalization;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Queries;

/// <summary>
/// How filter values match and sort keys order, for every field alike:
/// <list type="bullet">
/// <item>Text compares ordinally and case-insensitively (<c>Filter=ContentLocale:EN_us</c> matches <c>en_US</c>, and
/// sorts ignore case), numbers and times numerically, booleans false before true.</item>
/// <item>A clause's values are alternatives: <c>eq</c>, <c>lt</c>, <c>lte</c>, <c>gt</c> and <c>gte</c> match when the
/// item's value satisfies any of them; <c>neq</c> matches when it equals none of them, as in the Conversations API
/// (<c>Id:neq:a,b</c> leaves out both a and b).</item>
/// <item>A missing value is <c>null</c>: <c>eq:null</c> matches it, <c>neq:null</c> matches every present value, and it
/// satisfies no ordering comparison. A field with several values (a product's EANs) matches <c>eq</c> when one of them
/// does and <c>neq</c> when none does; with no values it is missing.</item>
/// <item>Sorting puts missing values last in either direction.</item>
/// </list>
/// </summary>
public static class FieldComparison
{
    /// <summary>A predicate for one clause over a field of <paramref name="kind"/>, its values parsed once.</summary>
    public static Func<object?, bool> Compile(FilterClause clause, FieldValueKind kind)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var operands = clause.Values.Select(v => Operand.Parse(v, kind)).ToArray();
        var op = clause.Operator;
        return op == FilterOperator.Neq
            ? value => !operands.Any(o => Holds(value, FilterOperator.Eq, o))
            : value => operands.Any(o => Holds(value, op, o));
    }

    /// <summary>Orders two present values of one field (callers put missing ones last).</summary>
    public static int Compare(object a, object b) => (a, b) switch
    {
        (double x, double y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => string.Compare(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
    };

    private static bool Holds(object? value, FilterOperator op, Operand operand)
    {
        if (value is IReadOnlyList<string> list)
        {
            return list.Count == 0 ? Holds(null, op, operand) : list.Any(item => Holds(item, op, operand));
        }

        if (value is null || operand.IsNull)
        {
            return op == FilterOperator.Eq && value is null && operand.IsNull;
        }

        int? order = value switch
        {
            double number => operand.Number is { } n ? number.CompareTo(n) : null,
            bool flag => operand.Flag is { } f ? flag.CompareTo(f) : null,
            string text => string.Compare(text, operand.Text, StringComparison.OrdinalIgnoreCase),
            _ => null,
        };
        return order is { } c && op switch
        {
            FilterOperator.Eq => c == 0,
            FilterOperator.Lt => c < 0,
            FilterOperator.Lte => c <= 0,
            FilterOperator.Gt => c > 0,
            FilterOperator.Gte => c >= 0,
            _ => false,
        };
    }

    private sealed record Operand(string Text, double? Number, bool? Flag, bool IsNull)
    {
        public static Operand Parse(string raw, FieldValueKind kind) => new(
            raw,
            kind is FieldValueKind.Number or FieldValueKind.Time && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            kind == FieldValueKind.Boolean && bool.TryParse(raw, out var b) ? b : null,
            raw.Equals("null", StringComparison.OrdinalIgnoreCase));
    }
}
