namespace Ugc.Grains.Solicitation;

/// <summary>What a signed link carries (no personal data: the recipient is a pseudonym).</summary>
/// <param name="Kind">Review or unsubscribe.</param>
/// <param name="ClientId">The client.</param>
/// <param name="OrderId">The order the message was about.</param>
/// <param name="ProductId">The product to review; empty for unsubscribe.</param>
/// <param name="RecipientId">The recipient's pseudonym.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record LinkToken(LinkKind Kind, string ClientId, string OrderId, string ProductId, string RecipientId, DateTimeOffset ExpiresAt)
{
    /// <summary>The campaign id reviews from solicitations carry.</summary>
    public const string Campaign = "PIE";

    /// <summary>The author id a review through this link gets when the site sends none: stable per recipient.</summary>
    public string AuthorId => "pie-" + RecipientId[..Math.Min(20, RecipientId.Length)];
}
