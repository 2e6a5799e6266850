using System.Collections.Concurrent;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>
/// Streams over partitioned durable queues: appends go to the queue the stream hashes to (group-committed), pulling
/// agents on the silos that hold the queues' leases deliver them to consumer grains.
/// </summary>
public sealed class PersistentStreamProvider : IStreamProvider
{
    private readonly StreamAppender[] _appenders;
    private readonly ConcurrentDictionary<int, PullingAgent> _localAgents = new();

    internal PersistentStreamProvider(string name, IStreamQueueStorage storage, PersistentStreamOptions options)
    {
        Name = name;
        Storage = storage;
        Options = options;
        _appenders = [.. Enumerable.Range(0, options.QueueCount).Select(q => new StreamAppender(storage, q, options.MaxAppendBatch, WakeAgent))];
    }

    public string Name { get; }

    /// <summary>The durable queues: dead letters and queue figures for operators.</summary>
    public IStreamQueueStorage Storage { get; }

    public PersistentStreamOptions Options { get; }

    /// <summary>Figures of the agents running on this silo, by queue.</summary>
    public IReadOnlyDictionary<int, QueueAgentStatistics> LocalQueues => _localAgents.ToDictionary(a => a.Key, a => a.Value.Statistics);

    public IAsyncStream<T> GetStream<T>(StreamId streamId) => new AsyncStream<T>(this, streamId);

    internal Task AppendAsync(StreamId streamId, IReadOnlyList<QueueEnvelope> envelopes) =>
        _appenders[streamId.QueueFor(Options.QueueCount)].AppendAsync(envelopes);

    internal IPubSubRendezvousGrain PubSub(IGrainFactory grainFactory, StreamId streamId) =>
        grainFactory.GetGrain<IPubSubRendezvousGrain>(new GrainId("pubsub", PubSubKey(Name, streamId)));

    internal static string PubSubKey(string provider, StreamId streamId) => $"{provider}/{streamId.Namespace}/{streamId.Key}";

    internal void AgentStarted(PullingAgent agent) => _localAgents[agent.QueueId] = agent;

    internal void AgentStopped(PullingAgent agent) => _localAgents.TryRemove(new KeyValuePair<int, PullingAgent>(agent.QueueId, agent));

    internal void StopAppending()
    {
        foreach (var appender in _appenders)
        {
            appender.Complete();
        }
    }

    private void WakeAgent(int queueId)
    {
        if (_localAgents.TryGetValue(queueId, out var agent))
        {
            agent.Wake();
        }
    }
}
