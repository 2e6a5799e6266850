using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>One recipient of a client (<see cref="ISolicitationRecipientGrain"/>), keyed by the pseudonym of the address.</summary>
public sealed class SolicitationRecipientGrain(
    [PersistentState("solicitation-recipient")] IPersistentState<SolicitationRecipientState> state) : Grain, ISolicitationRecipientGrain
{
    private const int MaxReviewed = 1000;
    private static readonly TimeSpan OrderMemory = TimeSpan.FromDays(400);

    private SolicitationRecipientState S => state.State;

    private string ClientId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal)];

    public async Task<bool> AddOrderAsync(string orderId, DateTimeOffset now)
    {
        if (S.Orders.TryAdd(orderId, now))
        {
            foreach (var old in S.Orders.Where(o => now - o.Value > OrderMemory).Select(o => o.Key).ToList())
            {
                S.Orders.Remove(old);
            }

            await state.WriteStateAsync();
        }

        return S.Suppressed;
    }

    public Task<(bool Suppressed, IReadOnlyList<string> ReviewedProductIds)> GetStandingAsync() =>
        Task.FromResult<(bool, IReadOnlyList<string>)>((S.Suppressed, [.. S.Reviewed]));

    public async Task<bool> SuppressAsync(string reason, DateTimeOffset now)
    {
        if (S.Suppressed)
        {
            return false;
        }

        S.Suppressed = true;
        S.SuppressedAt = now;
        S.SuppressionReason = reason;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<bool> TryReserveAsync(string orderId, DateTimeOffset now, int capDays)
    {
        if (S.Solicited.ContainsKey(orderId))
        {
            return true;
        }

        var window = TimeSpan.FromDays(capDays);
        if (S.Solicited.Values.Any(at => now - at < window))
        {
            return false;
        }

        foreach (var old in S.Solicited.Where(o => now - o.Value > OrderMemory).Select(o => o.Key).ToList())
        {
            S.Solicited.Remove(old);
        }

        S.Solicited[orderId] = now;
        await state.WriteStateAsync();
        return true;
    }

    public async Task ReleaseAsync(string orderId)
    {
        if (S.Solicited.Remove(orderId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task RecordReviewedAsync(string productId)
    {
        if (S.Reviewed.Count < MaxReviewed && S.Reviewed.Add(productId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<int> EraseAsync()
    {
        var orders = S.Orders.Keys.ToList();
        foreach (var orderId in orders)
        {
            await GrainFactory.GetGrain<ISolicitationOrderGrain>($"{ClientId}/{orderId}").EraseAsync();
        }

        // An unsubscribe outlives erasure: the pseudonym alone keeps a later feed from mailing the shopper again.
        var suppression = (S.Suppressed, S.SuppressedAt, S.SuppressionReason);
        await state.ClearStateAsync();
        state.State = new SolicitationRecipientState();
        if (suppression.Suppressed)
        {
            (S.Suppressed, S.SuppressedAt, S.SuppressionReason) = suppression;
            await state.WriteStateAsync();
        }

        return orders.Count;
    }
}
