namespace Ugc.Contracts.Operations;

/// <summary>The cluster's pipeline at one time: rates summed over silos, lag percentiles over the cluster's recent publications.</summary>
/// <param name="Time">When the point was taken.</param>
/// <param name="SubmissionsPerSecond">Submissions accepted per second.</param>
/// <param name="DecisionsPerSecond">Moderation decisions per second, by outcome.</param>
/// <param name="LagP50Ms">Median submit-to-visible lag (ms).</param>
/// <param name="LagP95Ms">95th percentile of the lag (ms).</param>
/// <param name="LagP99Ms">99th percentile of the lag (ms).</param>
[GenerateSerializer, Immutable, Alias("ugc.pipeline-point")]
public sealed record PipelinePoint(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double SubmissionsPerSecond,
    [property: Id(2)] IReadOnlyDictionary<string, double> DecisionsPerSecond,
    [property: Id(3)] double LagP50Ms,
    [property: Id(4)] double LagP95Ms,
    [property: Id(5)] double LagP99Ms);
