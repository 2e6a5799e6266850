using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ugc.Actors.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Messaging;
using Ugc.Actors.Persistence;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Testing;

/// <summary>
/// Several silos in one process over in-memory membership, messaging and storage. Calls between silos are
/// serialized exactly as over the network, so what would fail in production fails here.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private const int FirstSiloPort = 30000;

    private readonly int _initialSilos;
    private readonly Assembly[] _assemblies;
    private readonly Action<int, ISiloBuilder>[] _configurations;
    private readonly List<TestSilo> _silos = [];
    private int _nextIndex;

    internal TestCluster(int initialSilos, Assembly[] assemblies, Action<int, ISiloBuilder>[] configurations)
    {
        _initialSilos = initialSilos;
        _assemblies = assemblies;
        _configurations = configurations;
        Client = new TestClusterGrainFactory(this, new TestClusterClient(this));
    }

    /// <summary>The membership every silo shares.</summary>
    public InMemoryClusterMembership Membership { get; } = new();

    /// <summary>The wire between the silos.</summary>
    public InMemoryNetwork Network { get; } = new();

    /// <summary>The default grain storage every silo shares, so grains keep their state when they move.</summary>
    public MemoryGrainStorage Storage { get; } = new();

    /// <summary>A client outside the silos; each call enters through the first running silo.</summary>
    public IGrainFactory Client { get; }

    /// <summary>Every silo started, running or not, in start order.</summary>
    public IReadOnlyList<TestSilo> Silos
    {
        get
        {
            lock (_silos)
            {
                return [.. _silos];
            }
        }
    }

    /// <summary>The first silo.</summary>
    public TestSilo Primary => Silos[0];

    /// <summary>Starts the initial silos.</summary>
    public async Task DeployAsync()
    {
        for (var i = 0; i < _initialSilos; i++)
        {
            await StartAdditionalSiloAsync();
        }
    }

    /// <summary>Starts one more silo; grains it now owns move to it at their next call.</summary>
    public async Task<TestSilo> StartAdditionalSiloAsync()
    {
        var index = Interlocked.Increment(ref _nextIndex) - 1;
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("UGC_TEST_LOG") is { Length: > 0 } level && Enum.TryParse<LogLevel>(level, out var minimum))
        {
            // Diagnostics for a failing test: UGC_TEST_LOG=Debug dotnet test ...
            builder.Logging.AddSimpleConsole().SetMinimumLevel(minimum);
        }
        builder.Services.AddActorSilo(silo =>
        {
            silo.Configure(o =>
            {
                o.SiloName = $"silo-{index}";
                o.SiloPort = FirstSiloPort + index;
            });
            silo.UseInMemoryClustering(Membership, Network);
            silo.AddMemoryGrainStorage(PersistentStateAttribute.DefaultStorageName, Storage);
            foreach (var assembly in _assemblies)
            {
                silo.AddGrains(assembly);
            }

            foreach (var configure in _configurations)
            {
                configure(index, silo);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        var silo = new TestSilo(index, host);
        lock (_silos)
        {
            _silos.Add(silo);
        }

        return silo;
    }

    /// <summary>Stops a silo gracefully: its grains deactivate (persisting what they persist) and reactivate elsewhere when called.</summary>
    public async Task StopSiloAsync(TestSilo silo)
    {
        await silo.Host.StopAsync();
    }

    /// <summary>Kills a silo as a crash would: nothing is deactivated; the cluster learns it is dead at once.</summary>
    public async Task KillSiloAsync(TestSilo silo)
    {
        await silo.Runtime.AbortAsync();
        await Membership.UpdateStatusAsync(silo.Address, silo.Runtime.Options.SiloName, SiloStatus.Dead, CancellationToken.None);
    }

    /// <summary>The silo that currently owns a grain, by placement.</summary>
    public TestSilo OwnerOf(GrainId grainId)
    {
        var owner = Silos.First(s => s.IsRunning).Runtime.Placement.GetOwner(grainId);
        return Silos.First(s => s.Address == owner);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos.Reverse())
        {
            if (silo.IsRunning)
            {
                await silo.Host.StopAsync();
            }

            silo.Host.Dispose();
        }
    }
}
