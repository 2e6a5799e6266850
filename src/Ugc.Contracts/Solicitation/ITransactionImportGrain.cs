namespace Ugc.Contracts.Solicitation;

/// <summary>The checkpoint of one feed import, so an interrupted upload resumes where it stopped. Key: <c>clientId/importId</c>.</summary>
[Alias("ugc.ITransactionImportGrain")]
public interface ITransactionImportGrain : IGrainWithStringKey
{
    /// <summary>The checkpoint, or null when the import never started.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ImportCheckpoint?> GetAsync();

    /// <summary>Records progress (the caller has stored every row up to <see cref="ImportCheckpoint.Lines"/>).</summary>
    [Alias("Save")]
    Task SaveAsync(ImportCheckpoint checkpoint);
}
