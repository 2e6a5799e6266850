using System.Collections.Concurrent;
using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// One round of a bucket: a few workers take due orders in turn and dispatch them; after
/// <see cref="SolicitationOptions.PauseAfterFailures"/> channel failures in a row the workers stop taking new ones.
/// Runs on the bucket's turn-based scheduler (continuations are serialized), so its counters need no locks.
/// </summary>
public sealed class DispatchRound(IGrainFactory grains, string clientId, DispatchRequest request, SolicitationOptions options)
{
    private readonly ConcurrentQueue<string> _queue = new();
    private int _failuresInRow;

    /// <summary>Each dispatched order's next wake-up (null: drop it).</summary>
    public Dictionary<string, DateTimeOffset?> Wakes { get; } = new(StringComparer.Ordinal);

    public SolicitationCounts Counts { get; private set; } = SolicitationCounts.Zero;

    /// <summary>Whether the round stopped on a failing channel.</summary>
    public bool Paused { get; private set; }

    public async Task RunAsync(IReadOnlyList<string> orderIds)
    {
        foreach (var id in orderIds)
        {
            _queue.Enqueue(id);
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.DispatchParallelism)).Select(_ => WorkAsync()));
    }

    private async Task WorkAsync()
    {
        while (!Paused && _queue.TryDequeue(out var orderId))
        {
            DispatchOutcome outcome;
            try
            {
                outcome = await grains.GetGrain<ISolicitationOrderGrain>($"{clientId}/{orderId}").DispatchAsync(request);
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException)
            {
                // The order keeps its own record; asked again shortly, it answers from it.
                outcome = new DispatchOutcome(DispatchStatus.Idle, ex.GetType().Name, request.Now + options.RetryDelay, Transport: true);
            }

            Wakes[orderId] = outcome.WakeAt;
            Counts = Counts.Add(SolicitationCounts.FromDispatch(outcome));
            _failuresInRow = outcome.Transport ? _failuresInRow + 1 : 0;
            if (_failuresInRow >= options.PauseAfterFailures)
            {
                Paused = true;
            }
        }
    }
}
