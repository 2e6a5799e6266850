namespace Ugc.Contracts.Solicitation;

/// <summary>What intake decided about one transaction.</summary>
[GenerateSerializer, Alias("ugc.intake-status")]
public enum IntakeStatus
{
    /// <summary>Stored and scheduled for its send time.</summary>
    Scheduled,

    /// <summary>The order id was received before: nothing changed.</summary>
    Duplicate,

    /// <summary>The shopper is on the client's suppression list.</summary>
    Suppressed,

    /// <summary>No product of the order qualifies.</summary>
    Ineligible,

    /// <summary>Its send time passed too long ago.</summary>
    Stale,

    /// <summary>The client's solicitation is switched off.</summary>
    Disabled,
}
