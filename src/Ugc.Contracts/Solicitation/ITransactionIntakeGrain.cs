namespace Ugc.Contracts.Solicitation;

/// <summary>
/// The front door of transaction intake, a stateless worker (use key 0): stores each validated order in its own grain,
/// schedules it in its client-day bucket and counts the batch; completes once all of it is stored.
/// </summary>
[Alias("ugc.ITransactionIntakeGrain")]
public interface ITransactionIntakeGrain : IGrainWithIntegerKey
{
    /// <summary>Stores and schedules validated transactions of one client (idempotent by order id).</summary>
    [Alias("Ingest")]
    Task<IntakeSummary> IngestAsync(string clientId, IReadOnlyList<TransactionRecord> transactions);
}
