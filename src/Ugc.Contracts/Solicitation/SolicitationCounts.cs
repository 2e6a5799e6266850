namespace Ugc.Contracts.Solicitation;

/// <summary>Counters of a client's solicitations on one day.</summary>
/// <param name="Received">Transactions received (duplicates excluded).</param>
/// <param name="Scheduled">Orders scheduled for a send.</param>
/// <param name="Sent">Messages delivered to the relay or webhook.</param>
/// <param name="Failed">Orders given up (permanent refusal or too many attempts).</param>
/// <param name="Suppressed">Orders not sent because the shopper unsubscribed or is suppressed.</param>
/// <param name="Clicked">Products whose review link was first followed.</param>
/// <param name="Converted">Reviews submitted through a solicitation's link.</param>
/// <param name="Skipped">Orders not sent for another rule (reviewed, capped, switched off, ineligible, stale).</param>
/// <param name="Duplicates">Transactions received again (same order id): nothing changed.</param>
/// <param name="Retried">Transient failures, retried later.</param>
/// <param name="Unconfirmed">Sends interrupted by a stop: not repeated, perhaps delivered.</param>
/// <param name="Unsubscribed">Shoppers who unsubscribed.</param>
[GenerateSerializer, Immutable, Alias("ugc.solicitation-counts")]
public sealed record SolicitationCounts(
    [property: Id(0)] long Received = 0,
    [property: Id(1)] long Scheduled = 0,
    [property: Id(2)] long Sent = 0,
    [property: Id(3)] long Failed = 0,
    [property: Id(4)] long Suppressed = 0,
    [property: Id(5)] long Clicked = 0,
    [property: Id(6)] long Converted = 0,
    [property: Id(7)] long Skipped = 0,
    [property: Id(8)] long Duplicates = 0,
    [property: Id(9)] long Retried = 0,
    [property: Id(10)] long Unconfirmed = 0,
    [property: Id(11)] long Unsubscribed = 0)
{
    public static SolicitationCounts Zero { get; } = new();

    public bool IsZero => this == Zero;

    public SolicitationCounts Add(SolicitationCounts o) => new(
        Received + o.Received, Scheduled + o.Scheduled, Sent + o.Sent, Failed + o.Failed, Suppressed + o.Suppressed,
        Clicked + o.Clicked, Converted + o.Converted, Skipped + o.Skipped, Duplicates + o.Duplicates, Retried + o.Retried,
        Unconfirmed + o.Unconfirmed, Unsubscribed + o.Unsubscribed);

    /// <summary>The counters of an intake batch.</summary>
    public static SolicitationCounts FromIntake(IntakeSummary s) => new(
        Received: s.Total - s.Duplicates, Scheduled: s.Scheduled, Suppressed: s.Suppressed,
        Skipped: s.Ineligible + s.Stale + s.Disabled, Duplicates: s.Duplicates);

    /// <summary>The counters of one dispatch outcome.</summary>
    public static SolicitationCounts FromDispatch(DispatchOutcome outcome) => outcome.Status switch
    {
        DispatchStatus.Sent => new(Sent: 1),
        DispatchStatus.Failed => new(Failed: 1),
        DispatchStatus.Unconfirmed => new(Unconfirmed: 1),
        DispatchStatus.Deferred => new(Retried: 1),
        DispatchStatus.Skipped when outcome.Reason == "suppressed" => new(Suppressed: 1),
        DispatchStatus.Skipped => new(Skipped: 1),
        _ => Zero,
    };
}
