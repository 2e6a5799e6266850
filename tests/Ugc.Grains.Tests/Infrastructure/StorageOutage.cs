using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace Ugc.Grains.Tests.Infrastructure;

/// <summary>
/// A database outage for chosen grains: while a grain's outage lasts, every read, write and clear of its state in the
/// "Default" storage fails as a lost connection would, and nothing reaches the storage behind. Other grains are untouched.
/// Silos run in the test process, so tests and silos share the set of grains under outage.
/// </summary>
public static class StorageOutage
{
    private static readonly ConcurrentDictionary<GrainId, byte> Affected = new();

    /// <summary>Wraps the silo's "Default" grain storage (registered before) so outages can reach it.</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        var create = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The Default grain storage is registered in a way this test does not know.");
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, key) => new FailingStorage((IGrainStorage)create(sp, key)));
    }

    /// <summary>Starts an outage of <paramref name="grain"/>'s state; disposing the result ends it.</summary>
    public static IDisposable Of(GrainId grain)
    {
        Affected[grain] = 0;
        return new Ending(grain);
    }

    private static void ThrowIfDown(GrainId grain)
    {
        if (Affected.ContainsKey(grain))
        {
            throw new IOException($"The test's storage outage holds grain {grain}.");
        }
    }

    private sealed class Ending(GrainId grain) : IDisposable
    {
        public void Dispose() => Affected.TryRemove(grain, out _);
    }

    private sealed class FailingStorage(IGrainStorage inner) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId);
            return inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId);
            return inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId);
            return inner.ClearStateAsync(stateName, grainId, grainState);
        }
    }
}
