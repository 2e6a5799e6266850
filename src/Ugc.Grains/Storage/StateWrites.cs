namespace Ugc.Grains.Storage;

/// <summary>
/// Stores a grain's changed state so that a failed write leaves memory claiming nothing storage never saw: memory is
/// read back from storage, or, when storage cannot be read either (the database is down), the activation ends after
/// this call and the next one reads what storage holds. A retried call then finds its change not made and makes it
/// again, where it would otherwise take it as made (an item already queued, a vote already counted) and store nothing.
/// </summary>
public static class StateWrites
{
    /// <summary>Writes the state; on failure re-reads it (or ends the activation) and rethrows the write's error.</summary>
    public static async Task WriteOrReloadAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReloadOrEndAsync(grain);
            throw;
        }
    }

    /// <summary>
    /// Re-reads the state after a failed change. Returns the read's error if storage could not be read: memory then
    /// still holds the change, and the activation ends once the current call is done.
    /// </summary>
    public static async Task<Exception?> ReloadOrEndAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(grain);
        try
        {
            await state.ReadStateAsync();
            return null;
        }
        catch (Exception ex)
        {
            grain.DeactivateOnIdle();
            return ex;
        }
    }
}
