namespace Ugc.Contracts.Solicitation;

/// <summary>What one dispatch attempt of an order came to.</summary>
[GenerateSerializer, Alias("ugc.dispatch-status")]
public enum DispatchStatus
{
    /// <summary>Delivered to the relay or webhook.</summary>
    Sent,

    /// <summary>Not sent, by rule: suppressed, reviewed, capped, switched off or nothing left to ask.</summary>
    Skipped,

    /// <summary>A transient failure: try again at <see cref="DispatchOutcome.WakeAt"/>.</summary>
    Deferred,

    /// <summary>Given up: a permanent refusal or too many attempts.</summary>
    Failed,

    /// <summary>A send was under way when the silo stopped; it may have gone out, so it is not repeated.</summary>
    Unconfirmed,

    /// <summary>Nothing to do now (decided before, erased, or not yet due); wake again at <see cref="DispatchOutcome.WakeAt"/> if set.</summary>
    Idle,
}
