namespace Ugc.Contracts.Clients;

/// <summary>
/// A client's daily activity counters (submissions decided by outcome, page views, impressions, clicks), kept apart from
/// its configuration so that counting never rewrites the tenant's settings. Key: client id.
/// </summary>
[Alias("ugc.IClientActivityGrain")]
public interface IClientActivityGrain : IGrainWithStringKey
{
    /// <summary>Adds to one counter of one day; completes once the new total is stored.</summary>
    [Alias("Count")]
    Task CountAsync(string counter, DateOnly day, long amount);

    /// <summary>Daily counters, most recent days first, for the last <c>90</c> days.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>> GetAsync();
}
