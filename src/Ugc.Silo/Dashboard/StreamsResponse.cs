using Ugc.Silo.Admin;
using Ugc.Silo.Operations;

namespace Ugc.Silo.Dashboard;

/// <summary>The Streams page: each queue of the pipeline provider, who pulls them, and the dead letters.</summary>
/// <param name="Provider">The stream provider's name.</param>
/// <param name="Monitored">False when the provider keeps no table to read (memory streams).</param>
/// <param name="Pulling">The queues the active silos' pulling agents hold against the configured count; null when a silo did not answer.</param>
/// <param name="Queues">The queues, by id.</param>
/// <param name="DeadLetters">The newest dead letters.</param>
public sealed record StreamsResponse(string Provider, bool Monitored, QueuePulling? Pulling, IReadOnlyList<QueueRow> Queues, IReadOnlyList<DeadLetterView> DeadLetters);
