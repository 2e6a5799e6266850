using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;

namespace Ugc.Silo.Conversations;

// Include and the per-type Limit_<Type>, Sort_<Type>, Filter_<Type> parameters.
public static partial class DisplayRequestParser
{
    private static (List<IncludeClause> Includes, Dictionary<ContentType, IReadOnlyList<FilterClause>> RelatedFilters) ParseIncludes(
        ContentType type, ConversationsParameters parameters, List<ConversationsError> errors)
    {
        var includable = QueryFields.For(type).Includable;
        var included = ParseIncludeList(type, includable, parameters, errors);

        // Filter_<Type> is kept even without Include: on products it narrows FilteredStats.
        var filters = new Dictionary<ContentType, IReadOnlyList<FilterClause>>();
        foreach (var (relatedType, parameter, values) in Related(parameters, "Filter_", includable))
        {
            var clauses = ParseFilters(relatedType, parameter, values, errors);
            filters[relatedType] = filters.TryGetValue(relatedType, out var earlier) ? [.. earlier, .. clauses] : clauses;
        }

        var sorts = new Dictionary<ContentType, List<SortClause>>();
        foreach (var (relatedType, parameter, values) in Related(parameters, "Sort_", includable))
        {
            sorts[relatedType] = ParseSorts(relatedType, parameter, values, errors);
        }

        var limits = new Dictionary<ContentType, int>();
        foreach (var (relatedType, parameter, values) in Related(parameters, "Limit_", includable))
        {
            var text = values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
            limits[relatedType] = ParseInt(text, parameter, ContentQuery.DefaultIncludeLimit, 1, ContentQuery.MaxIncludeLimit,
                ConversationsErrorCodes.InvalidLimit, errors);
        }

        var includes = included.Select(t => new IncludeClause(
                t,
                limits.GetValueOrDefault(t, ContentQuery.DefaultIncludeLimit),
                sorts.TryGetValue(t, out var s) && s.Count > 0 ? s : QueryFields.For(t).DefaultSort,
                filters.GetValueOrDefault(t, [])))
            .ToList();
        return (includes, filters);
    }

    private static List<ContentType> ParseIncludeList(
        ContentType type, IReadOnlyCollection<ContentType> includable, ConversationsParameters parameters, List<ConversationsError> errors)
    {
        var included = new List<ContentType>();
        foreach (var value in parameters.GetAll("Include"))
        {
            foreach (var item in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!ContentTypeNames.TryParseIncludeName(item, out var includedType) || !includable.Contains(includedType))
                {
                    var allowed = includable.Count == 0 ? "nothing" : string.Join(", ", includable.Select(ContentTypeNames.IncludeName));
                    errors.Add(new(ConversationsErrorCodes.InvalidIncluded,
                        $"Include '{item}' is not available for {ContentTypeNames.ResourceName(type)}.json (it includes {allowed})."));
                }
                else if (!included.Contains(includedType))
                {
                    included.Add(includedType);
                }
            }
        }

        return included;
    }

    // Parameters such as Limit_Comments whose suffix names a type this endpoint can include; others are ignored.
    private static IEnumerable<(ContentType Type, string Parameter, IReadOnlyList<string> Values)> Related(
        ConversationsParameters parameters, string prefix, IReadOnlyCollection<ContentType> includable)
    {
        foreach (var (suffix, values) in parameters.WithPrefix(prefix))
        {
            if (ContentTypeNames.TryParseIncludeName(suffix, out var type) && includable.Contains(type))
            {
                yield return (type, prefix + suffix, values);
            }
        }
    }
}
