using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Providers.Streams.Common;
using Ugc.Contracts.Content;
using Ugc.Storage.Streams;

namespace Ugc.Silo.Operations;

/// <summary>
/// The pipeline stream provider's queues, pulling agents and dead letters, for the admin API, the console and the
/// readiness check. Memory streams keep no table: they report no queue rows and no dead letters.
/// </summary>
public sealed class PipelineStreams(IServiceProvider services, IGrainFactory grains, IOptionsMonitor<HashRingStreamQueueMapperOptions> partitioning)
{
    private readonly IStreamQueueMonitor? _monitor = services.GetKeyedService<IStreamQueueMonitor>(StreamNames.Provider);

    /// <summary>Whether the provider keeps its queues in a table this host can read.</summary>
    public bool IsMonitored => _monitor is not null;

    /// <summary>The provider's configured number of queues.</summary>
    public int QueueCount => partitioning.Get(StreamNames.Provider).TotalQueueCount;

    public Task<IReadOnlyList<StreamQueueStatistics>> QueuesAsync(CancellationToken cancellationToken) =>
        _monitor?.GetQueuesAsync(cancellationToken) ?? Task.FromResult<IReadOnlyList<StreamQueueStatistics>>([]);

    public Task<IReadOnlyList<StreamDeadLetter>> DeadLettersAsync(int limit, CancellationToken cancellationToken) =>
        _monitor?.ReadDeadLettersAsync(limit, cancellationToken) ?? Task.FromResult<IReadOnlyList<StreamDeadLetter>>([]);

    public Task<bool> ReplayAsync(string id, CancellationToken cancellationToken) =>
        _monitor?.ReplayDeadLetterAsync(id, cancellationToken) ?? Task.FromResult(false);

    /// <summary>This silo's pulling agents: whether its agent manager has started them, and how many queues it pulls.</summary>
    public async Task<(bool Started, int Queues)> LocalPullingAsync()
    {
        if (services.GetKeyedService<IStreamProvider>(StreamNames.Provider) is not IControllable provider)
        {
            return (false, 0);
        }

        try
        {
            var state = await provider.ExecuteCommand((int)PersistentStreamProviderCommand.GetAgentsState, null);
            var running = await provider.ExecuteCommand((int)PersistentStreamProviderCommand.GetNumberRunningAgents, null);
            return (state is StreamLifecycleOptions.RunState.AgentsStarted, running is int count ? count : 0);
        }
        catch (ArgumentException)
        {
            // "PullingAgentManager is not initialized yet": the silo is still starting.
            return (false, 0);
        }
    }

    /// <summary>The queues pulled by the agents of every active silo, asked through Orleans' management grain.</summary>
    public async Task<QueuePulling> PulledQueuesAsync(CancellationToken cancellationToken)
    {
        var counts = await grains.GetGrain<IManagementGrain>(0)
            .SendControlCommandToProvider<PersistentStreamProvider>(StreamNames.Provider, (int)PersistentStreamProviderCommand.GetNumberRunningAgents)
            .WaitAsync(cancellationToken);
        return new QueuePulling(QueueCount, counts.OfType<int>().Sum(), counts.Length);
    }
}
