namespace Ugc.Contracts.Solicitation;

/// <summary>One day of a client's solicitation report (UTC day).</summary>
[GenerateSerializer, Immutable, Alias("ugc.solicitation-day-report")]
public sealed record SolicitationDayReport(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] SolicitationCounts Counts);
