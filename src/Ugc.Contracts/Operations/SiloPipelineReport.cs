namespace Ugc.Contracts.Operations;

/// <summary>One silo's pipeline counters since it started, and the lag samples recorded since its previous report.</summary>
/// <param name="Silo">The silo's address (with its generation: a restarted silo is a new reporter).</param>
/// <param name="Time">When the counters were read, on the silo's clock.</param>
/// <param name="Submitted">Submissions this silo accepted since it started.</param>
/// <param name="Decisions">Moderation decisions taken on this silo since it started, by outcome.</param>
/// <param name="Blocks">Submissions this silo refused by velocity checks since it started, by the check that refused them.</param>
/// <param name="Published">Publications this silo measured the submit-to-visible lag of, since it started.</param>
/// <param name="NewLagSamples">Submit-to-visible lags (ms) measured since the previous report (the newest ones if there were more than the silo keeps).</param>
/// <param name="NextReportWithin">When the silo will report again at the latest: past three times that, the grain counts it as gone.</param>
[GenerateSerializer, Immutable, Alias("ugc.silo-pipeline-report")]
public sealed record SiloPipelineReport(
    [property: Id(0)] string Silo,
    [property: Id(1)] DateTimeOffset Time,
    [property: Id(2)] long Submitted,
    [property: Id(3)] IReadOnlyDictionary<string, long> Decisions,
    [property: Id(4)] IReadOnlyDictionary<string, long> Blocks,
    [property: Id(5)] long Published,
    [property: Id(6)] IReadOnlyList<double> NewLagSamples,
    [property: Id(7)] TimeSpan NextReportWithin);
