using System.Collections.Concurrent;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Activation;

/// <summary>The activations of one silo: at most one per grain id, created on the first call.</summary>
internal sealed class Catalog(SiloRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();

    public int Count => _activations.Count;

    public IEnumerable<ActivationData> Activations => _activations.Values;

    /// <summary>Hands the work to the grain's activation, creating one if none exists; concurrent first calls share one.</summary>
    public void Dispatch(ActivationWorkItem item, GrainId target)
    {
        if (!runtime.IsAcceptingCalls)
        {
            item.Fail(new SiloUnavailableException($"Silo {runtime.Address} is shutting down; retry the call to {target}."));
            return;
        }

        if (!runtime.Registry.TryGetClass(target.Type, out var grainClass))
        {
            item.Fail(new ActorException($"No grain class is registered for grain type '{target.Type}' (grain {target})."));
            return;
        }

        var activation = _activations.GetOrAdd(target, static (id, state) => new ActivationData(id, state.grainClass, state.runtime),
            (grainClass, runtime));
        activation.Enqueue(item);
    }

    public bool TryGet(GrainId grainId, out ActivationData activation) => _activations.TryGetValue(grainId, out activation!);

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));

    /// <summary>Deactivates activations idle past their age; returns how many it asked to go.</summary>
    public int CollectIdle(TimeSpan defaultAge, IReadOnlyDictionary<string, TimeSpan> ageByType)
    {
        var now = runtime.Time.GetUtcNow().UtcTicks;
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            var age = ageByType.TryGetValue(activation.Class.TypeName, out var configured)
                ? configured
                : activation.Class.CollectionAge ?? defaultAge;
            if (activation.IsIdleFor(now, age))
            {
                _ = activation.DeactivateAsync(new(DeactivationReasonCode.ActivationIdle, $"idle for {age}"));
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Deactivates every activation for which <paramref name="predicate"/> holds, and waits for them.</summary>
    public Task DeactivateWhereAsync(Func<ActivationData, bool> predicate, DeactivationReason reason) =>
        Task.WhenAll(_activations.Values.Where(predicate).Select(a => a.DeactivateAsync(reason)));
}
