using System.Globalization;
using Ugc.Contracts.Queries;
using Ugc.Grains.Queries;
using Ugc.Grains.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Turns the parameters of a <c>/data/*.json</c> display request into a <see cref="ContentQuery"/>, or the
/// API errors of the Conversations API. All errors are collected, not just the first.
/// </summary>
public static partial class DisplayRequestParser
{
    /// <summary>Longest accepted <c>Search</c> text, so a query cannot carry a page of prose.</summary>
    public const int MaxSearchLength = 500;

    public static DisplayParseResult Parse(ContentType type, ConversationsParameters parameters)
    {
        var errors = new List<ConversationsError>();

        var filters = ParseFilters(type, "Filter", parameters.GetAll("Filter"), errors);
        var sorts = ParseSorts(type, "Sort", parameters.GetAll("Sort"), errors);
        // statistics.json answers every named product at once, so its page defaults to the maximum.
        var defaultLimit = type == ContentType.Statistics ? ContentQuery.MaxLimit : ContentQuery.DefaultLimit;
        var limit = ParseInt(parameters, "Limit", defaultLimit, 1, ContentQuery.MaxLimit, ConversationsErrorCodes.InvalidLimit, errors);
        var offset = ParseInt(parameters, "Offset", 0, 0, ContentQuery.MaxOffset, ConversationsErrorCodes.InvalidOffset, errors);
        var (includes, relatedFilters) = ParseIncludes(type, parameters, errors);
        var stats = ParseStats(parameters, "Stats", errors);
        var filteredStats = ParseStats(parameters, "FilteredStats", errors);
        var incentivized = ParseBoolean(parameters, "IncentivizedStats", errors);
        var locale = ParseLocale(parameters, errors);
        var search = ParseSearch(type, parameters, filters, errors);

        if (type == ContentType.Statistics)
        {
            ValidateStatisticsRequest(filters, stats, errors);
        }

        if (errors.Count > 0)
        {
            return new DisplayParseResult(null, errors);
        }

        var query = new ContentQuery(
            type,
            filters,
            sorts.Count > 0 ? sorts : QueryFields.For(type).DefaultSort,
            limit,
            offset,
            search,
            locale,
            stats,
            filteredStats,
            incentivized,
            includes,
            relatedFilters);
        return new DisplayParseResult(query, []);
    }

    private static int ParseInt(
        ConversationsParameters parameters, string name, int defaultValue, int min, int max, string code, List<ConversationsError> errors) =>
        ParseInt(parameters.Get(name), name, defaultValue, min, max, code, errors);

    private static int ParseInt(
        string? text, string name, int defaultValue, int min, int max, string code, List<ConversationsError> errors)
    {
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new(code, $"Invalid {name} '{text}': expected an integer from {min} to {max}."));
        return defaultValue;
    }

    private static List<StatsKind> ParseStats(ConversationsParameters parameters, string name, List<ConversationsError> errors)
    {
        var kinds = new List<StatsKind>();
        foreach (var value in parameters.GetAll(name))
        {
            // Clients often send "Stats=Reviews," so blank list items are skipped, not rejected.
            foreach (var item in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!TryParseName<StatsKind>(item, out var kind))
                {
                    errors.Add(new(ConversationsErrorCodes.InvalidParameters,
                        $"Invalid {name} '{item}': expected Reviews, NativeReviews, Questions or Answers."));
                }
                else if (!kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }
        }

        return kinds;
    }

    private static bool ParseBoolean(ConversationsParameters parameters, string name, List<ConversationsError> errors)
    {
        var text = parameters.Get(name);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(new(ConversationsErrorCodes.InvalidParameters, $"Invalid {name} '{text}': expected true or false."));
        return false;
    }

    private static string? ParseLocale(ConversationsParameters parameters, List<ConversationsError> errors)
    {
        var text = parameters.Get("Locale");
        if (text is null)
        {
            return null;
        }

        if (LocaleFormat.TryNormalize(text, out var locale))
        {
            return locale;
        }

        errors.Add(new(ConversationsErrorCodes.InvalidLocale, $"Invalid Locale '{text}': expected a locale such as en_US."));
        return null;
    }

    private static string? ParseSearch(
        ContentType type, ConversationsParameters parameters, List<FilterClause> filters, List<ConversationsError> errors)
    {
        var search = parameters.Get("Search");
        if (search is null)
        {
            return null;
        }

        if (search.Length > MaxSearchLength)
        {
            errors.Add(new(ConversationsErrorCodes.InvalidParameters, $"Search is longer than {MaxSearchLength} characters."));
        }

        if (type == ContentType.Statistics)
        {
            errors.Add(new(ConversationsErrorCodes.InvalidParameters, "Search is not supported by statistics.json."));
        }
        else if (IsUserContent(type) && !NamesOneProduct(filters))
        {
            // Full-text search runs over one product's content held in memory by its grain.
            errors.Add(new(ConversationsErrorCodes.InvalidParameters, "Search requires Filter=ProductId:<id> naming exactly one product."));
        }

        return search;
    }

    private static void ValidateStatisticsRequest(List<FilterClause> filters, List<StatsKind> stats, List<ConversationsError> errors)
    {
        var productFilters = filters.Where(f => f.Field == "ProductId").ToList();
        if (productFilters.Count == 0)
        {
            errors.Add(new(ConversationsErrorCodes.MissingParameters, "statistics.json requires Filter=ProductId:<id1>,<id2>,..."));
        }
        else if (productFilters.Any(f => f.Operator != FilterOperator.Eq))
        {
            errors.Add(new(ConversationsErrorCodes.InvalidFilterAttribute, "statistics.json takes ProductId with the eq operator only."));
        }
        else if (productFilters.Sum(f => f.Values.Count) > ContentQuery.MaxStatisticsProducts)
        {
            errors.Add(new(ConversationsErrorCodes.InvalidFilterAttribute,
                $"statistics.json takes at most {ContentQuery.MaxStatisticsProducts} product ids in Filter=ProductId."));
        }

        if (stats.Count == 0)
        {
            errors.Add(new(ConversationsErrorCodes.MissingParameters, "statistics.json requires Stats, e.g. Stats=Reviews."));
        }
    }

    // Enum.TryParse alone would also accept numbers ("Stats=1"); the API takes names only.
    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && text.All(char.IsAsciiLetter);

    private static bool IsUserContent(ContentType type) =>
        type is ContentType.Reviews or ContentType.Questions or ContentType.Answers or ContentType.ReviewComments;

    private static bool NamesOneProduct(List<FilterClause> filters) =>
        filters.Any(f => f.Field == "ProductId" && f.Operator == FilterOperator.Eq && f.Values.Count == 1);
}
