using Ugc.Contracts.Operations;

namespace Ugc.Grains.Operations;

/// <summary>
/// The cluster's operator sessions (<see cref="IOperatorSessionsGrain"/>), persisted so a session outlives the
/// activation and the silo it was opened on. Reads never write; expired sessions are pruned when one opens.
/// </summary>
public sealed class OperatorSessionsGrain([PersistentState("operator-sessions")] IPersistentState<OperatorSessionsState> state) : Grain, IOperatorSessionsGrain
{
    /// <summary>Open sessions kept at most: past it, opening one drops the oldest so a login always succeeds.</summary>
    public const int MaxSessions = 1000;

    public async Task OpenAsync(string sessionHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionHash);
        var sessions = state.State.Expiries;
        foreach (var expired in sessions.Where(s => s.Value <= now).Select(s => s.Key).ToList())
        {
            sessions.Remove(expired);
        }

        foreach (var oldest in sessions.OrderBy(s => s.Value).Take(sessions.Count - MaxSessions + 1).Select(s => s.Key).ToList())
        {
            sessions.Remove(oldest);
        }

        sessions[sessionHash] = expiresAt;
        await state.WriteStateAsync();
    }

    public Task<bool> IsOpenAsync(string sessionHash, DateTimeOffset now) =>
        Task.FromResult(state.State.Expiries.TryGetValue(sessionHash, out var expiry) && expiry > now);

    public async Task CloseAsync(string sessionHash)
    {
        if (state.State.Expiries.Remove(sessionHash))
        {
            await state.WriteStateAsync();
        }
    }
}
