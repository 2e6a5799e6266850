namespace Ugc.Silo.Dashboard;

/// <summary>The Pipeline page, for the whole cluster: submission and decision rates, decisions by outcome, velocity blocks, submit-to-visible lag.</summary>
/// <param name="Silos">Silos whose counters the figures sum.</param>
public sealed record PipelineResponse(
    int Silos,
    double SubmissionsPerSecond,
    IReadOnlyDictionary<string, double> DecisionsPerSecond,
    IReadOnlyDictionary<string, long> DecisionTotals,
    long Submitted,
    double LagP50Ms,
    double LagP95Ms,
    double LagP99Ms,
    long PublishedMeasured,
    ChartSeries History,
    IReadOnlyDictionary<string, long> VelocityBlocks);
