namespace Ugc.Silo.Dashboard;

/// <summary>The Pipeline page: submission and decision rates, decisions by outcome, submit-to-visible lag.</summary>
public sealed record PipelineResponse(
    double SubmissionsPerSecond,
    IReadOnlyDictionary<string, double> DecisionsPerSecond,
    IReadOnlyDictionary<string, long> DecisionTotals,
    double LagP50Ms,
    double LagP95Ms,
    double LagP99Ms,
    long PublishedMeasured,
    ChartSeries History,
    IReadOnlyDictionary<string, long> VelocityBlocks);
