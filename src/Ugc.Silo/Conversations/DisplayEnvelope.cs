using Ugc.Contracts.Queries;

namespace Ugc.Silo.Conversations;

/// <summary>The response of a display endpoint. On error the numbers are null and <c>Results</c> is empty.</summary>
/// <param name="Limit">Page size, null on error.</param>
/// <param name="Offset">Index of the first result, null on error.</param>
/// <param name="TotalResults">Items matching the filters, null on error.</param>
/// <param name="Locale">The request's locale, or null.</param>
/// <param name="HasErrors">True when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">API errors.</param>
/// <param name="Includes">Included content: <c>{Type: {Id: item}}</c> plus <c>{TypeOrder: [ids]}</c>; see <see cref="IncludesBuilder"/>.</param>
/// <param name="Results">The page of results.</param>
public sealed record DisplayEnvelope<T>(
    int? Limit,
    int? Offset,
    long? TotalResults,
    string? Locale,
    bool HasErrors,
    IReadOnlyList<ConversationsError> Errors,
    IReadOnlyDictionary<string, object> Includes,
    IReadOnlyList<T> Results)
{
    /// <summary>A page of results for <paramref name="query"/>.</summary>
    public static DisplayEnvelope<T> Success(
        ContentQuery query, long totalResults, IReadOnlyList<T> results, IReadOnlyDictionary<string, object>? includes = null) =>
        new(query.Limit, query.Offset, totalResults, query.Locale, false, [], includes ?? new Dictionary<string, object>(), results);

    /// <summary>An error answer: null numbers, empty includes and results.</summary>
    public static DisplayEnvelope<T> Failure(IReadOnlyList<ConversationsError> errors, string? locale = null) =>
        new(null, null, null, locale, true, errors, new Dictionary<string, object>(), []);
}
