namespace Ugc.Contracts.Analytics;

/// <summary>An alert: an hour whose count fell outside the model's band.</summary>
[GenerateSerializer, Immutable, Alias("ugc.anomaly-alert")]
public sealed record AnomalyAlert(
    [property: Id(0)] string Signal,
    [property: Id(1)] DateTimeOffset Hour,
    [property: Id(2)] double Observed,
    [property: Id(3)] double Expected,
    [property: Id(4)] double Low,
    [property: Id(5)] double High,
    [property: Id(6)] string Kind);

/// <summary>One hour of a signal with the model's band.</summary>
[GenerateSerializer, Immutable, Alias("ugc.signal-point")]
public sealed record SignalPoint(
    [property: Id(0)] DateTimeOffset Hour,
    [property: Id(1)] double Observed,
    [property: Id(2)] double Expected,
    [property: Id(3)] double Low,
    [property: Id(4)] double High);

/// <summary>
/// An on-line model of one hourly event rate of a client (submissions, page views…) and its alerts.
/// Key: <c>clientId/signal</c>.
/// </summary>
[Alias("ugc.IAnomalyGrain")]
public interface IAnomalyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts events in their hour (now or past: history can be replayed in any order within the lateness) and judges
    /// the hours the domain clock has closed.
    /// </summary>
    [Alias("Record")]
    Task RecordAsync(DateTimeOffset time, long count);

    /// <summary>Judges the hours that have ended by the domain clock; its timer and reminder call it as time passes.</summary>
    [Alias("CloseElapsedHours")]
    Task CloseElapsedHoursAsync();

    /// <summary>Alerts of judged hours from <paramref name="since"/> on; never closes hours or changes the model.</summary>
    [ReadOnly]
    [Alias("GetAlerts")]
    Task<IReadOnlyList<AnomalyAlert>> GetAlertsAsync(DateTimeOffset since);

    /// <summary>The last judged hours with the model's band; never closes hours or changes the model.</summary>
    [ReadOnly]
    [Alias("GetSeries")]
    Task<IReadOnlyList<SignalPoint>> GetSeriesAsync(int hours);
}

/// <summary>An analytics event on the <c>analytics</c> stream (key: client id).</summary>
[GenerateSerializer, Immutable, Alias("ugc.analytics-event")]
public sealed record AnalyticsEvent(
    [property: Id(0)] string Type,
    [property: Id(1)] string? ProductId,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] long Count);

/// <summary>Takes a client's analytics events off the <c>analytics</c> stream into its anomaly models. Key: client id.</summary>
[Alias("ugc.IAnalyticsIngestGrain")]
public interface IAnalyticsIngestGrain : IGrainWithStringKey
{
    /// <summary>Events ingested by this activation, by type.</summary>
    [ReadOnly]
    [Alias("Counts")]
    Task<IReadOnlyDictionary<string, long>> CountsAsync();
}
