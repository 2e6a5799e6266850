using Ugc.Contracts.Catalog;

namespace Ugc.Grains.Catalog;

/// <summary>The client products carrying one GTIN, at most one entry per client and product.</summary>
public sealed class GtinGrain([PersistentState("gtin")] IPersistentState<GtinState> state) : Grain, IGtinGrain
{
    private List<GtinMatch> Matches => state.State.Matches;

    public async Task AddAsync(GtinMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var index = Matches.FindIndex(m => IsSame(m, match.ClientId, match.ProductId));
        if (index >= 0 && Matches[index] == match)
        {
            return;
        }

        if (index >= 0)
        {
            Matches[index] = match;
        }
        else
        {
            Matches.Add(match);
        }

        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(string clientId, string productId)
    {
        if (Matches.RemoveAll(m => IsSame(m, clientId, productId)) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<GtinMatch>> GetAsync() => Task.FromResult<IReadOnlyList<GtinMatch>>([.. Matches]);

    private static bool IsSame(GtinMatch match, string clientId, string productId) =>
        string.Equals(match.ClientId, clientId, StringComparison.Ordinal) && string.Equals(match.ProductId, productId, StringComparison.Ordinal);
}
