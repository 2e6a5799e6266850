namespace Ugc.Contracts.Solicitation;

/// <summary>What an order grain decided at intake, and when its bucket should wake it (its send time, or the purge of a record kept only to recognise the order again).</summary>
[GenerateSerializer, Immutable, Alias("ugc.accept-outcome")]
public sealed record AcceptOutcome(
    [property: Id(0)] IntakeStatus Status,
    [property: Id(1)] DateTimeOffset? WakeAt);
