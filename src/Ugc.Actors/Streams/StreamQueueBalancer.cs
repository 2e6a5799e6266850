using Microsoft.Extensions.Logging;
using Ugc.Actors.Hosting;
using Ugc.Actors.Membership;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>
/// Spreads a provider's queues over the active silos: each silo leases the queues placement gives it, runs their
/// agents, renews the leases, and lets go of queues that move to another silo. A dead silo's leases expire.
/// </summary>
internal sealed partial class StreamQueueBalancer(
    PersistentStreamProvider provider, SiloRuntime runtime, IClusterMembership membership, StreamConsumerRegistry consumers, ILogger logger)
    : ISiloLifecycleParticipant, IAbortable
{
    private readonly Dictionary<int, PullingAgent> _agents = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ITimer? _timer;
    private bool _stopped;

    private string Owner => runtime.Address.ToString();

    private TimeSpan HandoverRetry => TimeSpan.FromTicks(Math.Min(provider.Options.LeaseRenewPeriod.Ticks, TimeSpan.FromMilliseconds(200).Ticks));

    public async Task OnSiloStartedAsync(CancellationToken cancellationToken)
    {
        await provider.Storage.InitAsync(cancellationToken).ConfigureAwait(false);
        _timer = runtime.Time.CreateTimer(static s => _ = ((StreamQueueBalancer)s!).RebalanceAsync(), this,
            provider.Options.LeaseRenewPeriod, provider.Options.LeaseRenewPeriod);
        membership.ViewChanged += OnViewChanged;
        await RebalanceAsync().ConfigureAwait(false);
    }

    public async Task OnSiloStoppingAsync(CancellationToken cancellationToken)
    {
        membership.ViewChanged -= OnViewChanged;
        _timer?.Dispose();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _stopped = true;
            foreach (var (queue, agent) in _agents)
            {
                await agent.StopAsync().ConfigureAwait(false);
                await provider.Storage.ReleaseLeaseAsync(queue, Owner, cancellationToken).ConfigureAwait(false);
            }

            _agents.Clear();
            provider.StopAppending();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task AbortAsync()
    {
        membership.ViewChanged -= OnViewChanged;
        _timer?.Dispose();
        _stopped = true;
        foreach (var agent in _agents.Values)
        {
            await agent.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Queue ids whose agent runs on this silo.</summary>
    public IReadOnlyCollection<int> LocalQueues => [.. _agents.Keys];

    private void OnViewChanged(MembershipView view) => _ = RebalanceAsync();

    private async Task RebalanceAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_stopped)
            {
                return;
            }

            var waitingForLease = false;
            for (var queue = 0; queue < provider.Options.QueueCount; queue++)
            {
                var mine = runtime.Placement.GetOwner($"stream-queue/{provider.Name}/{queue}") == runtime.Address;
                var running = _agents.TryGetValue(queue, out var agent);
                if (mine && await provider.Storage.TryAcquireLeaseAsync(queue, Owner, provider.Options.LeaseDuration).ConfigureAwait(false))
                {
                    if (!running)
                    {
                        agent = new PullingAgent(provider, queue, runtime, consumers, logger);
                        _agents[queue] = agent;
                        agent.Start();
                        LogQueueTaken(logger, provider.Name, queue, Owner);
                    }
                }
                else if (mine)
                {
                    waitingForLease = true;
                }
                else if (running)
                {
                    _agents.Remove(queue);
                    await agent!.StopAsync().ConfigureAwait(false);
                    await provider.Storage.ReleaseLeaseAsync(queue, Owner).ConfigureAwait(false);
                    LogQueueReleased(logger, provider.Name, queue, Owner);
                }
            }

            // A queue handed over on a view change is released within moments: look again soon rather than a period later.
            // A dead silo's lease only expires, so this keeps polling (cheaply) until it does.
            if (waitingForLease)
            {
                _timer?.Change(HandoverRetry, provider.Options.LeaseRenewPeriod);
            }
        }
        catch (Exception exception)
        {
            LogRebalanceFailed(logger, exception, provider.Name);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(1310, LogLevel.Information, "Stream provider {Provider}: queue {Queue} now pulled by {Silo}")]
    private static partial void LogQueueTaken(ILogger logger, string provider, int queue, string silo);

    [LoggerMessage(1311, LogLevel.Information, "Stream provider {Provider}: queue {Queue} released by {Silo}")]
    private static partial void LogQueueReleased(ILogger logger, string provider, int queue, string silo);

    [LoggerMessage(1312, LogLevel.Warning, "Stream provider {Provider}: rebalancing queues failed")]
    private static partial void LogRebalanceFailed(ILogger logger, Exception exception, string provider);
}
