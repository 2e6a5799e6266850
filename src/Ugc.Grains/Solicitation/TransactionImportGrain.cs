using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>The checkpoint of one feed import (<see cref="ITransactionImportGrain"/>).</summary>
public sealed class TransactionImportGrain(
    [PersistentState("transaction-import")] IPersistentState<TransactionImportState> state) : Grain, ITransactionImportGrain
{
    public Task<ImportCheckpoint?> GetAsync() => Task.FromResult(state.State.Checkpoint);

    public async Task SaveAsync(ImportCheckpoint checkpoint)
    {
        if (state.State.Checkpoint is { } known && checkpoint.Lines < known.Lines)
        {
            throw new ConflictException($"Import '{checkpoint.ImportId}' is at line {known.Lines} already.");
        }

        state.State.Checkpoint = checkpoint;
        await state.WriteStateAsync();
    }
}
