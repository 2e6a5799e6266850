namespace Ugc.Contracts.Solicitation;

/// <summary>A client's scheduler as operators see it: its active buckets and when each is next due.</summary>
[GenerateSerializer, Immutable, Alias("ugc.scheduler-view")]
public sealed record SchedulerView(
    [property: Id(0)] IReadOnlyDictionary<string, DateTimeOffset> Buckets,
    [property: Id(1)] DateTimeOffset? LastTick);
