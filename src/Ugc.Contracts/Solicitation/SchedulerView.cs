namespace Ugc.Contracts.Solicitation;

/// <summary>A client's scheduler as operators see it: its active buckets and when each is next due.</summary>
/// <param name="Buckets">Buckets holding wake-ups, with the next one of each.</param>
/// <param name="LastTick">The domain time of the last tick.</param>
/// <param name="Ticks">Ticks since the scheduler was activated.</param>
/// <param name="Dispatching">Buckets set dispatching that have not reported back yet.</param>
[GenerateSerializer, Immutable, Alias("ugc.scheduler-view")]
public sealed record SchedulerView(
    [property: Id(0)] IReadOnlyDictionary<string, DateTimeOffset> Buckets,
    [property: Id(1)] DateTimeOffset? LastTick,
    [property: Id(2)] long Ticks,
    [property: Id(3)] int Dispatching);
