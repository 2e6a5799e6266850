namespace Ugc.Silo.Dashboard;

/// <summary>One stream queue whose pulling agent runs on this silo, at one sample.</summary>
/// <param name="QueueId">The partition.</param>
/// <param name="Depth">Messages waiting at the agent's last look.</param>
/// <param name="OldestAgeMs">Age of the oldest waiting message: the consumer lag.</param>
/// <param name="LastLagMs">Enqueue-to-delivery time of the latest delivered event.</param>
/// <param name="DeliveredPerSecond">Deliveries over the last sample.</param>
/// <param name="Delivered">Deliveries since the agent started here.</param>
/// <param name="DeadLettered">Events dead-lettered since the agent started here.</param>
/// <param name="FailedAttempts">Failed delivery attempts since the agent started here.</param>
public sealed record QueueSample(
    int QueueId,
    long Depth,
    double OldestAgeMs,
    double LastLagMs,
    double DeliveredPerSecond,
    long Delivered,
    long DeadLettered,
    long FailedAttempts);
