using Ugc.Silo.Admin;

namespace Ugc.Silo.Dashboard;

/// <summary>The Streams page: each queue of the pipeline provider and its dead letters.</summary>
/// <param name="Provider">The stream provider's name.</param>
/// <param name="Monitored">False when the provider keeps no table to read (memory streams).</param>
/// <param name="Queues">The queues, by id.</param>
/// <param name="DeadLetters">The newest dead letters.</param>
public sealed record StreamsResponse(string Provider, bool Monitored, IReadOnlyList<QueueRow> Queues, IReadOnlyList<DeadLetterView> DeadLetters);
