using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Hosting;
using Ugc.Actors.Placement;
using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Tests.Runtime.Grains;
using Ugc.Actors.Streams;
using Ugc.Actors.Testing;

namespace Ugc.Actors.Sql.Tests.Runtime;

/// <summary>
/// Streams, reminders and grain state through the runtime on a provider under test: a two-silo TestCluster whose silos
/// share one database (as silos of one service do) and reach it through their own connections.
/// </summary>
public abstract partial class RuntimeConformance : IAsyncLifetime
{
    public const string StreamProvider = "orders-provider";
    public const string StorageName = "store";

    protected const int QueueCount = 4;
    protected const int MaxDeliveryAttempts = 3;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private TestCluster? _cluster;

    protected TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not been deployed.");

    /// <summary>Stream queues keyed <see cref="StreamProvider"/>, grain storage keyed <see cref="StorageName"/> and the reminder table, on one silo.</summary>
    protected abstract void AddStorage(ISiloBuilder silo);

    public virtual async Task InitializeAsync()
    {
        _cluster = new TestClusterBuilder { InitialSilosCount = 2 }
            .AddGrains(typeof(OrderConsumerGrain).Assembly)
            .ConfigureSilo((_, silo) =>
            {
                AddStorage(silo);
                silo.AddPersistentStreams(StreamProvider, o =>
                {
                    o.QueueCount = QueueCount;
                    o.BatchSize = 32;
                    o.MaxDeliveryAttempts = MaxDeliveryAttempts;
                    o.RetryBackoff = TimeSpan.FromMilliseconds(5);
                    o.VisibilityTimeout = TimeSpan.FromSeconds(5);
                    o.MaxPollInterval = TimeSpan.FromMilliseconds(100);
                    o.LeaseDuration = TimeSpan.FromSeconds(2);
                    o.LeaseRenewPeriod = TimeSpan.FromMilliseconds(300);
                });
                silo.AddReminders(o =>
                {
                    o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(100);
                    o.RefreshPeriod = TimeSpan.FromSeconds(1);
                });
            })
            .Build();
        await _cluster.DeployAsync();

        // Queues handed from the first silo to the second as it joins would restart a delivery's retry budget mid-test.
        await UntilAsync(QueuesSettled, "every queue is pulled by the silo placement gives it to");
    }

    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private TestSilo Gateway => Cluster.Silos.First(s => s.IsRunning);

    private IAsyncStream<OrderEvent> Stream(string key) =>
        Gateway.Services.GetStreamProvider(StreamProvider).GetStream<OrderEvent>(StreamId.Create(OrderConsumerGrain.Namespace, key));

    private IStreamQueueStorage Queues => Gateway.Services.GetRequiredKeyedService<IStreamQueueStorage>(StreamProvider);

    private static PersistentStreamProvider ProviderOf(TestSilo silo) => (PersistentStreamProvider)silo.Services.GetStreamProvider(StreamProvider);

    private static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static Task UntilAsync(Func<bool> condition, string what) => Poll.UntilAsync(condition, what, Deadline);

    /// <summary>Whether each running silo pulls exactly the queues that placement over the current view gives it.</summary>
    protected bool QueuesSettled()
    {
        var running = Cluster.Silos.Where(s => s.IsRunning).ToList();
        var placement = new RendezvousPlacement(running[0].Address);
        placement.Update(running[0].Status.View);
        // The resource name is the balancer's own (StreamQueueBalancer): placement of queues is by that string.
        return running.All(silo => ProviderOf(silo).LocalQueues.Keys.Order().SequenceEqual(
            Enumerable.Range(0, QueueCount).Where(q => placement.GetOwner($"stream-queue/{StreamProvider}/{q}") == silo.Address)));
    }

    /// <summary>The running silo pulling the most queues (at least one).</summary>
    protected TestSilo BusiestSilo() => Cluster.Silos.Where(s => s.IsRunning).MaxBy(s => ProviderOf(s).LocalQueues.Count)!;

    /// <summary>One stream key per queue, so a test can touch every queue.</summary>
    private static List<string> KeysOnEveryQueue(string prefix)
    {
        var keys = new Dictionary<int, string>();
        for (var i = 0; keys.Count < QueueCount; i++)
        {
            var key = $"{prefix}-{i}-{Guid.NewGuid():N}";
            keys.TryAdd(StreamId.Create(OrderConsumerGrain.Namespace, key).QueueFor(QueueCount), key);
        }

        return [.. keys.Values];
    }
}
