using Orleans.Core;

namespace Ugc.Grains.Storage;

/// <summary>
/// Write-behind of a non-reentrant grain's state: after a change the state is stored by one write at most
/// <c>delay</c> later (one timer, however many changes), at once by <see cref="FlushAsync"/>, and at deactivation
/// (the grain calls <see cref="FlushAsync"/> there). Requests answer from memory in the meantime, so this is for state
/// whose last moments may be lost on a crash, or are repaired from a durable record. A failed write is retried.
/// </summary>
public sealed class DeferredStateWriter(IGrainBase grain, IStorage storage, TimeSpan delay)
{
    private IGrainTimer? _timer;

    /// <summary>Whether memory holds changes not yet stored.</summary>
    public bool HasUnsavedChanges { get; private set; }

    /// <summary>Notes a change; it is stored within the delay.</summary>
    public void Changed()
    {
        HasUnsavedChanges = true;
        _timer ??= grain.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Stores unsaved changes now; completes at once when there are none.</summary>
    public async Task FlushAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (!HasUnsavedChanges)
        {
            return;
        }

        HasUnsavedChanges = false;
        try
        {
            await storage.WriteStateAsync();
        }
        catch
        {
            Changed();
            throw;
        }
    }

    /// <summary>Forgets unsaved changes (the state was cleared or written otherwise).</summary>
    public void Discard()
    {
        _timer?.Dispose();
        _timer = null;
        HasUnsavedChanges = false;
    }
}
