using System.Globalization;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;

namespace Ugc.Silo.Conversations;

// Filter and Sort clauses, shared by the main parameters and the Filter_/Sort_ of included types.
public static partial class DisplayRequestParser
{
    private static List<FilterClause> ParseFilters(
        ContentType type, string parameter, IReadOnlyList<string> values, List<ConversationsError> errors)
    {
        var clauses = new List<FilterClause>();
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (TryParseFilter(type, parameter, value.Trim(), errors) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    private static FilterClause? TryParseFilter(ContentType type, string parameter, string text, List<ConversationsError> errors)
    {
        var parts = FilterSyntax.Split(text, ':', maxParts: 3);
        var field = FilterSyntax.Unescape(parts[0]).Trim();
        if (parts.Count < 2)
        {
            return FilterError(errors, $"{parameter} '{text}' has no value: expected Field:value or Field:operator:value.");
        }

        if (!QueryFields.For(type).TryFilterField(field, out var canonical, out var kind))
        {
            return FilterError(errors, $"{parameter} '{text}': '{field}' is not a filterable field of {ContentTypeNames.IncludeName(type)}.");
        }

        var op = FilterOperator.Eq;
        if (parts.Count == 3 && !TryParseName(parts[1].Trim(), out op))
        {
            return FilterError(errors,
                $"{parameter} '{text}': unknown operator '{parts[1]}' (use eq, neq, lt, lte, gt or gte; escape ':' in values as '\\:').");
        }

        var items = new List<string>();
        foreach (var raw in FilterSyntax.Split(parts[^1], ','))
        {
            var item = FilterSyntax.Unescape(raw).Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (!TryNormalizeValue(kind, item, out var normalized))
            {
                return FilterError(errors, $"{parameter} '{text}': '{item}' is not {Describe(kind)} as {canonical} requires.");
            }

            items.Add(normalized);
        }

        return items.Count == 0
            ? FilterError(errors, $"{parameter} '{text}' has no value.")
            : new FilterClause(canonical, op, items);
    }

    private static bool TryNormalizeValue(FieldValueKind kind, string value, out string normalized)
    {
        normalized = value;
        switch (kind)
        {
            case FieldValueKind.Time:
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            case FieldValueKind.Number:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
            case FieldValueKind.Boolean:
                if (!bool.TryParse(value, out var flag))
                {
                    return false;
                }

                normalized = flag ? "true" : "false";
                return true;
            default:
                return true;
        }
    }

    private static string Describe(FieldValueKind kind) => kind switch
    {
        FieldValueKind.Time => "epoch seconds",
        FieldValueKind.Number => "a number",
        FieldValueKind.Boolean => "true or false",
        _ => "text",
    };

    private static FilterClause? FilterError(List<ConversationsError> errors, string message)
    {
        errors.Add(new(ConversationsErrorCodes.InvalidFilterAttribute, message));
        return null;
    }

    private static List<SortClause> ParseSorts(
        ContentType type, string parameter, IReadOnlyList<string> values, List<ConversationsError> errors)
    {
        var clauses = new List<SortClause>();
        foreach (var value in values)
        {
            // Sort is both repeatable and comma-joined: Sort=Rating:desc,SubmissionTime:desc.
            foreach (var item in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (TryParseSort(type, parameter, item, errors) is { } clause && !clauses.Exists(c => c.Field == clause.Field))
                {
                    clauses.Add(clause);
                }
            }
        }

        return clauses;
    }

    private static SortClause? TryParseSort(ContentType type, string parameter, string item, List<ConversationsError> errors)
    {
        var parts = item.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !QueryFields.For(type).TrySortField(parts[0], out var field))
        {
            errors.Add(new(ConversationsErrorCodes.InvalidSortAttribute,
                $"{parameter} '{item}': '{parts[0]}' is not a sortable field of {ContentTypeNames.IncludeName(type)}."));
            return null;
        }

        // A bare field sorts ascending, as the direction is optional.
        var direction = parts.Length == 2 ? parts[1] : "asc";
        if (direction.Equals("asc", StringComparison.OrdinalIgnoreCase) || direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            return new SortClause(field, direction.Equals("desc", StringComparison.OrdinalIgnoreCase));
        }

        errors.Add(new(ConversationsErrorCodes.InvalidSortAttribute, $"{parameter} '{item}': direction must be asc or desc."));
        return null;
    }
}
