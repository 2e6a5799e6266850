using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>Who consumes a stream: grain classes subscribed implicitly to its namespace, and explicit subscriptions.</summary>
internal sealed class StreamConsumerRegistry(GrainTypeRegistry registry, IGrainFactory grainFactory)
{
    private Dictionary<string, string[]>? _implicitByNamespace;

    public IReadOnlyList<GrainId> ImplicitConsumers(StreamId stream)
    {
        _implicitByNamespace ??= registry.Classes
            .SelectMany(c => c.GrainClass.GetCustomAttributes(typeof(ImplicitStreamSubscriptionAttribute), inherit: true)
                .Cast<ImplicitStreamSubscriptionAttribute>().Select(a => (a.Namespace, c.TypeName)))
            .GroupBy(p => p.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.TypeName).Distinct().ToArray(), StringComparer.Ordinal);
        return _implicitByNamespace.TryGetValue(stream.Namespace, out var types) ? [.. types.Select(t => new GrainId(t, stream.Key))] : [];
    }

    public async Task<IReadOnlyList<(GrainId Grain, Guid? Handle)>> GetExplicitAsync(PersistentStreamProvider provider, StreamId stream)
    {
        if (!provider.Options.ExplicitSubscriptions)
        {
            return [];
        }

        var subscriptions = await provider.PubSub(grainFactory, stream).GetAsync().ConfigureAwait(false);
        return [.. subscriptions.Select(s => (GrainId.Parse(s.GrainId), (Guid?)s.HandleId))];
    }
}
