namespace Ugc.Contracts.Operations;

/// <summary>The pipeline of the whole cluster: totals summed over silos (including silos that have gone), current rates and lag.</summary>
/// <param name="Silos">Silos reporting now.</param>
/// <param name="Submitted">Submissions accepted.</param>
/// <param name="Published">Publications whose submit-to-visible lag was measured.</param>
/// <param name="DecisionTotals">Moderation decisions by outcome.</param>
/// <param name="BlockTotals">Velocity blocks by the check that blocked.</param>
/// <param name="Current">The newest point: rates and lag percentiles now.</param>
/// <param name="History">Recent points, oldest first.</param>
[GenerateSerializer, Immutable, Alias("ugc.pipeline-stats")]
public sealed record PipelineStats(
    [property: Id(0)] int Silos,
    [property: Id(1)] long Submitted,
    [property: Id(2)] long Published,
    [property: Id(3)] IReadOnlyDictionary<string, long> DecisionTotals,
    [property: Id(4)] IReadOnlyDictionary<string, long> BlockTotals,
    [property: Id(5)] PipelinePoint Current,
    [property: Id(6)] IReadOnlyList<PipelinePoint> History);
