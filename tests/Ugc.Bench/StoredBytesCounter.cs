using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace Ugc.Bench;

/// <summary>
/// Counts the writes of the silo's "Default" grain storage and the bytes each stores (the state as the silo's grain
/// storage serializer writes it), so a run can tell what a change costs in storage.
/// </summary>
internal sealed class StoredBytesCounter
{
    private long _writes;
    private long _bytes;

    public long Writes => Interlocked.Read(ref _writes);

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Wraps the "Default" grain storage registered before.</summary>
    public void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        var create = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The Default grain storage is registered in a way the bench does not know.");
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, key) => new Counting((IGrainStorage)create(sp, key), sp.GetRequiredService<IGrainStorageSerializer>(), this));
    }

    private sealed class Counting(IGrainStorage inner, IGrainStorageSerializer serializer, StoredBytesCounter counter) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            Interlocked.Increment(ref counter._writes);
            Interlocked.Add(ref counter._bytes, serializer.Serialize(grainState.State).ToArray().Length);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
