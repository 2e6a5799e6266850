namespace Ugc.Contracts.Solicitation;

/// <summary>An order to wake at a time.</summary>
[GenerateSerializer, Immutable, Alias("ugc.schedule-entry")]
public sealed record ScheduleEntry(
    [property: Id(0)] string OrderId,
    [property: Id(1)] DateTimeOffset WakeAt);
