namespace Ugc.Contracts.Operations;

/// <summary>
/// The pipeline's figures for the whole cluster: every silo reports its own counters and new lag samples here, and the
/// console reads the sums, the rates and the lag percentiles over the cluster's most recent publications. Held in
/// memory only: after a restart the totals start again from what the silos report. Key: "cluster".
/// </summary>
[Alias("ugc.IPipelineStatsGrain")]
public interface IPipelineStatsGrain : IGrainWithStringKey
{
    /// <summary>Takes one silo's report; answers when the console last read the figures (null: never), so silos can report slower while nobody watches.</summary>
    [Alias("Report")]
    Task<DateTimeOffset?> ReportAsync(SiloPipelineReport report);

    /// <summary>The cluster's figures and their recent history, with at most <paramref name="maxPoints"/> points; marks the figures as watched.</summary>
    [Alias("Get")]
    Task<PipelineStats> GetAsync(int maxPoints);
}
