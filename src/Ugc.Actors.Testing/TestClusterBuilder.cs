using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Hosting;
using Ugc.Actors.Reminders;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Testing;

/// <summary>Builds a <see cref="TestCluster"/>: how many silos, which grains, and per-silo configuration.</summary>
public sealed class TestClusterBuilder
{
    private readonly List<Assembly> _assemblies = [];
    private readonly List<Action<int, ISiloBuilder>> _siloConfigurations = [];

    /// <summary>Silos started by <see cref="TestCluster.DeployAsync"/>.</summary>
    /// <value>The default is 2.</value>
    public int InitialSilosCount { get; set; } = 2;

    /// <summary>Hosts the grain classes of an assembly on every silo.</summary>
    public TestClusterBuilder AddGrains(Assembly assembly)
    {
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>Configures every silo; the first argument is the silo's index.</summary>
    public TestClusterBuilder ConfigureSilo(Action<int, ISiloBuilder> configure)
    {
        _siloConfigurations.Add(configure);
        return this;
    }

    /// <summary>Adds services to every silo.</summary>
    public TestClusterBuilder ConfigureServices(Action<IServiceCollection> configure) =>
        ConfigureSilo((_, silo) => configure(silo.Services));

    /// <summary>Adds a persistent stream provider over in-memory queues shared by every silo.</summary>
    public TestClusterBuilder AddMemoryStreams(string name, Action<PersistentStreamOptions>? configure = null)
    {
        var shared = new MemoryStreamQueueStorage(TimeProvider.System);
        return ConfigureSilo((_, silo) => silo.AddMemoryStreams(name, shared, configure));
    }

    /// <summary>Enables reminders over one in-memory reminder table shared by every silo.</summary>
    public TestClusterBuilder AddMemoryReminders(Action<ReminderOptions>? configure = null)
    {
        var shared = new MemoryReminderTable();
        return ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IReminderTable>(shared);
            silo.AddReminders(configure);
        });
    }

    /// <summary>Creates the cluster; call <see cref="TestCluster.DeployAsync"/> to start it.</summary>
    public TestCluster Build() => new(InitialSilosCount, [.. _assemblies], [.. _siloConfigurations]);
}
