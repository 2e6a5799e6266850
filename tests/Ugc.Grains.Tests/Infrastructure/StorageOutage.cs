using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace Ugc.Grains.Tests.Infrastructure;

/// <summary>
/// A database outage for chosen grains: while a grain's outage lasts, every read, write and clear of its state in the
/// "Default" storage (or of one of its states) fails as a lost connection would, and nothing reaches the storage
/// behind. Other grains are untouched. Also counts the writes that reached storage, per grain and state. Silos run in
/// the test process, so tests and silos share the set of grains under outage and the counts.
/// </summary>
public static class StorageOutage
{
    private static readonly ConcurrentDictionary<(GrainId Grain, string? State), bool> Affected = new();
    private static readonly ConcurrentDictionary<(GrainId Grain, string State), int> Written = new();

    /// <summary>Wraps the silo's "Default" grain storage (registered before) so outages can reach it.</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        var create = registered.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The Default grain storage is registered in a way this test does not know.");
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, key) => new FailingStorage((IGrainStorage)create(sp, key)));
    }

    /// <summary>Starts an outage of <paramref name="grain"/>'s states (or only of <paramref name="stateName"/>); disposing the result ends it.</summary>
    public static IDisposable Of(GrainId grain, string? stateName = null)
    {
        Affected[(grain, stateName)] = false;
        return new Ending((grain, stateName));
    }

    /// <summary>Starts an outage of the writes (reads still answer) of <paramref name="grain"/>'s state <paramref name="stateName"/>.</summary>
    public static IDisposable OfWrites(GrainId grain, string stateName)
    {
        Affected[(grain, stateName)] = true;
        return new Ending((grain, stateName));
    }

    /// <summary>How many writes of <paramref name="grain"/>'s state <paramref name="stateName"/> reached storage.</summary>
    public static int WritesOf(GrainId grain, string stateName) => Written.GetValueOrDefault((grain, stateName));

    /// <summary>How many writes of <paramref name="grain"/>'s states whose names start with <paramref name="prefix"/> reached storage.</summary>
    public static int WritesOfStatesStartingWith(GrainId grain, string prefix) =>
        Written.Where(w => w.Key.Grain == grain && w.Key.State.StartsWith(prefix, StringComparison.Ordinal)).Sum(w => w.Value);

    private static void ThrowIfDown(GrainId grain, string stateName, bool writing = false)
    {
        if (Affected.ContainsKey((grain, null)) || (Affected.TryGetValue((grain, stateName), out var writesOnly) && (writing || !writesOnly)))
        {
            throw new IOException($"The test's storage outage holds grain {grain}.");
        }
    }

    private sealed class Ending((GrainId, string?) key) : IDisposable
    {
        public void Dispose() => Affected.TryRemove(key, out _);
    }

    private sealed class FailingStorage(IGrainStorage inner) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId, stateName);
            return inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId, stateName, writing: true);
            await inner.WriteStateAsync(stateName, grainId, grainState);
            Written.AddOrUpdate((grainId, stateName), 1, (_, count) => count + 1);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            ThrowIfDown(grainId, stateName);
            return inner.ClearStateAsync(stateName, grainId, grainState);
        }
    }
}
