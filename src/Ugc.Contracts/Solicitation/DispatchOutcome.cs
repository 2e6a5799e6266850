namespace Ugc.Contracts.Solicitation;

/// <summary>The answer of an order to its bucket: what happened, why, and when to wake it next (null: never).</summary>
/// <param name="Status">What happened.</param>
/// <param name="Reason">Why it was skipped or failed (suppressed, reviewed, capped, disabled, ineligible, stale, relay, attempts).</param>
/// <param name="WakeAt">When the order wants to be called again: a retry, or the purge of its record.</param>
/// <param name="Transport">Whether a deferral came from the channel (relay or webhook down), which pauses the bucket's round.</param>
[GenerateSerializer, Immutable, Alias("ugc.dispatch-outcome")]
public sealed record DispatchOutcome(
    [property: Id(0)] DispatchStatus Status,
    [property: Id(1)] string? Reason,
    [property: Id(2)] DateTimeOffset? WakeAt,
    [property: Id(3)] bool Transport = false);
