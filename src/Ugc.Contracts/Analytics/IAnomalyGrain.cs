namespace Ugc.Contracts.Analytics;

/// <summary>An alert: an hour whose count fell outside the model's band.</summary>
public sealed record AnomalyAlert(string Signal, DateTimeOffset Hour, double Observed, double Expected, double Low, double High, string Kind);

/// <summary>One hour of a signal with the model's band.</summary>
public sealed record SignalPoint(DateTimeOffset Hour, double Observed, double Expected, double Low, double High);

/// <summary>
/// An on-line model of one hourly event rate of a client (submissions, page views…) and its alerts.
/// Key: <c>clientId/signal</c>.
/// </summary>
public interface IAnomalyGrain : IGrainWithStringKey
{
    /// <summary>Counts events at a time (now or past: history can be replayed in order).</summary>
    Task RecordAsync(DateTimeOffset time, long count);

    /// <summary>Closes every hour before <paramref name="now"/> that has not been fed to the model.</summary>
    Task FlushAsync(DateTimeOffset now);

    [ReadOnly]
    Task<IReadOnlyList<AnomalyAlert>> GetAlertsAsync(DateTimeOffset since);

    [ReadOnly]
    Task<IReadOnlyList<SignalPoint>> GetSeriesAsync(int hours);
}

/// <summary>An analytics event on the <c>analytics</c> stream (key: client id).</summary>
public sealed record AnalyticsEvent(string Type, string? ProductId, DateTimeOffset Time, long Count);

/// <summary>Takes a client's analytics events off the <c>analytics</c> stream into its anomaly models. Key: client id.</summary>
public interface IAnalyticsIngestGrain : IGrainWithStringKey
{
    /// <summary>Events ingested by this activation, by type.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, long>> CountsAsync();
}
