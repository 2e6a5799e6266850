namespace Ugc.Contracts.Solicitation;

/// <summary>A client's solicitation counters per UTC day (kept 400 days). Key: client id.</summary>
[Alias("ugc.ISolicitationReportGrain")]
public interface ISolicitationReportGrain : IGrainWithStringKey
{
    /// <summary>Adds counters to a day; completes once stored.</summary>
    [Alias("Count")]
    Task CountAsync(DateOnly day, SolicitationCounts counts);

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (inclusive) that have counters, oldest first.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<IReadOnlyList<SolicitationDayReport>> GetAsync(DateOnly from, DateOnly to);
}
