using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="TransactionImportGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.transaction-import")]
public sealed class TransactionImportState
{
    [Id(0)]
    public ImportCheckpoint? Checkpoint { get; set; }
}
