using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>The recipients a client's shopper id was seen with (<see cref="ISolicitationShopperGrain"/>).</summary>
public sealed class SolicitationShopperGrain(
    [PersistentState("solicitation-shopper")] IPersistentState<SolicitationShopperState> state) : Grain, ISolicitationShopperGrain
{
    private const int MaxRecipients = 100;

    public async Task LinkAsync(string recipientId)
    {
        if (state.State.Recipients.Count < MaxRecipients && state.State.Recipients.Add(recipientId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<int> EraseAsync()
    {
        var key = this.GetPrimaryKeyString();
        var clientId = key[..key.IndexOf('/', StringComparison.Ordinal)];
        var erased = 0;
        foreach (var recipientId in state.State.Recipients)
        {
            erased += await GrainFactory.GetGrain<ISolicitationRecipientGrain>($"{clientId}/{recipientId}").EraseAsync();
        }

        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new SolicitationShopperState();
        return erased;
    }
}
