namespace Ugc.Grains.Solicitation;

/// <summary>What a signed link does.</summary>
public enum LinkKind
{
    /// <summary>Opens a product's prefilled review form and attributes the review to the solicitation.</summary>
    Review,

    /// <summary>Unsubscribes the recipient from the client's solicitations.</summary>
    Unsubscribe,
}
