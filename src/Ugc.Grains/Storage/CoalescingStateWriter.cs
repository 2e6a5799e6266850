using Orleans.Core;

namespace Ugc.Grains.Storage;

/// <summary>
/// Writes one persistent state of a reentrant grain so that no two writes overlap: a storage provider fails the second
/// of two overlapping writes (both carry the same ETag). While a write is in flight, later requests share one follow-up
/// write, which starts after it and so stores every change made meanwhile. Orleans 10.4.2 also queues an activation's
/// storage operations itself; this keeps the guarantee explicit in the grain. Used from grain turns only (one thread).
/// </summary>
public sealed class CoalescingStateWriter(IStorage storage)
{
    private Task _last = Task.CompletedTask;
    private Task? _queued;

    /// <summary>Completes once a write that started after this call has stored the state.</summary>
    public Task WriteAsync()
    {
        if (_queued is not null)
        {
            return _queued;
        }

        if (_last.IsCompleted)
        {
            return _last = storage.WriteStateAsync();
        }

        return _last = _queued = AfterAsync(_last);
    }

    private async Task AfterAsync(Task previous)
    {
        // The earlier write's own caller sees its failure; this one writes regardless.
        await Task.WhenAny(previous);
        _queued = null;
        await storage.WriteStateAsync();
    }
}
