using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationReportGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-report")]
public sealed class SolicitationReportState
{
    [Id(0)]
    public Dictionary<DateOnly, SolicitationCounts> Days { get; set; } = [];
}
