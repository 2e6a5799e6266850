using Ugc.Contracts.Queries;

namespace Ugc.Contracts.Shoppers;

/// <summary>A submission about to be accepted, as velocity checks see it.</summary>
/// <param name="ContentId">The id the content will get.</param>
/// <param name="Type">Review, question, answer or comment.</param>
/// <param name="ProductId">The product it is about.</param>
/// <param name="Nickname">The nickname it carries.</param>
/// <param name="Email">The shopper's e-mail, kept private.</param>
/// <param name="DeviceFingerprint">The device fingerprint.</param>
/// <param name="IpAddress">The author's address.</param>
/// <param name="TextFingerprint">Normalized hash of the text, for duplicate detection; null for ratings-only.</param>
/// <param name="Rating">The rating, for burst detection.</param>
[GenerateSerializer, Immutable, Alias("ugc.velocity-check")]
public sealed record VelocityCheck(
    [property: Id(0)] string ContentId,
    [property: Id(1)] ContentType Type,
    [property: Id(2)] string ProductId,
    [property: Id(3)] string? Nickname,
    [property: Id(4)] string? Email,
    [property: Id(5)] string? DeviceFingerprint,
    [property: Id(6)] string? IpAddress,
    [property: Id(7)] string? TextFingerprint,
    [property: Id(8)] int? Rating);

/// <summary>What velocity checks decided: blocked with an API error code and the field, or allowed with flags.</summary>
[GenerateSerializer, Immutable, Alias("ugc.velocity-decision")]
public sealed record VelocityDecision(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] string? ErrorCode,
    [property: Id(2)] string? Field,
    [property: Id(3)] string? Message,
    [property: Id(4)] IReadOnlyList<string> Flags,
    [property: Id(5)] TimeSpan? RetryAfter)
{
    public static VelocityDecision Allow(IReadOnlyList<string> flags) => new(true, null, null, null, flags, null);

    public static VelocityDecision Block(string code, string? field, string message, TimeSpan? retryAfter = null, string? blockedBy = null) =>
        new(false, code, field, message, [], retryAfter) { BlockedBy = blockedBy };

    /// <summary>Which check blocked: shopper, product, device, ip, email or text.</summary>
    [Id(6)]
    public string? BlockedBy { get; init; }
}

/// <summary>A shopper as the public sees them (never the e-mail).</summary>
[GenerateSerializer, Immutable, Alias("ugc.author-view")]
public sealed record AuthorView(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Nickname,
    [property: Id(2)] string? Location,
    [property: Id(3)] IReadOnlyList<string> ContentIds,
    [property: Id(4)] DateTimeOffset? FirstSeen);

/// <summary>A shopper of one client: nickname, private e-mail, history and velocity windows. Key: <c>clientId/userId</c>.</summary>
[Alias("ugc.IShopperGrain")]
public interface IShopperGrain : IGrainWithStringKey
{
    /// <summary>Runs the shopper's, device's, address's and e-mail's velocity checks and records the attempt if allowed.</summary>
    [Alias("CheckAndRecord")]
    Task<VelocityDecision> CheckAndRecordAsync(VelocityCheck check);

    /// <summary>
    /// Makes an acknowledged submission's record durable, recording it first if the shopper lost it (a restart before
    /// the written-behind history was stored). Called when the submission is moderated; idempotent.
    /// </summary>
    [Alias("Confirm")]
    Task ConfirmAsync(VelocityCheck check, DateTimeOffset submittedAt);

    /// <summary>The shopper's public view, or null when unknown.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<AuthorView?> GetAsync();

    /// <summary>The products this shopper has reviewed (review solicitation leaves them out).</summary>
    [ReadOnly]
    [Alias("GetReviewedProducts")]
    Task<IReadOnlyList<string>> GetReviewedProductsAsync();

    /// <summary>Erases the shopper: every content removed everywhere, personal data dropped.</summary>
    [Alias("Erase")]
    Task<int> EraseAsync();
}

/// <summary>Sliding-window counters shared across shoppers, in memory. Key: <c>kind:client:value</c> (device, ip, email) or <c>burst:client/product</c>.</summary>
[Alias("ugc.IVelocityGrain")]
public interface IVelocityGrain : IGrainWithStringKey
{
    /// <summary>Counts one event if fewer than <paramref name="limit"/> fall in the window; false (and not counted) otherwise.</summary>
    [Alias("TryAcquire")]
    Task<(bool Allowed, TimeSpan? RetryAfter)> TryAcquireAsync(int limit, TimeSpan window);

    /// <summary>Counts one event unconditionally and returns the count in the window.</summary>
    [Alias("Record")]
    Task<int> RecordAsync(TimeSpan window);
}

/// <summary>
/// Texts submitted within a client, by normalized fingerprint, so the same text is not accepted twice within a window.
/// Key: <c>clientId/shard</c>, one of a few shards per client chosen by the fingerprint.
/// </summary>
[Alias("ugc.IDuplicateTextGrain")]
public interface IDuplicateTextGrain : IGrainWithStringKey
{
    /// <summary>
    /// True, and the text remembered, when no other content claimed a text with this fingerprint within
    /// <paramref name="window"/>: the same content claiming again (its submission's check sent again) is answered true.
    /// </summary>
    [Alias("TryClaimFor")]
    Task<bool> TryClaimAsync(ulong fingerprint, TimeSpan window, string contentId);
}

/// <summary>Nicknames taken within a client, so two shoppers cannot share one. Key: <c>clientId/nickname-lowercase</c>.</summary>
[Alias("ugc.INicknameGrain")]
public interface INicknameGrain : IGrainWithStringKey
{
    /// <summary>Claims the nickname for the user; false when another user holds it.</summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(string userId);

    /// <summary>Claims the nickname for the user if it is free and makes the claim durable; false when another user holds it.</summary>
    [Alias("Confirm")]
    Task<bool> ConfirmAsync(string userId);

    /// <summary>The user holding the nickname, or null when it is free.</summary>
    [ReadOnly]
    [Alias("GetHolder")]
    Task<string?> GetHolderAsync();
}

/// <summary>
/// The generated author id of anonymous submissions from one device (or, without a fingerprint, one address) of one
/// client, so velocity checks apply to it as to a shopper. Key: <c>clientId/fp:&lt;hash&gt;</c> or <c>clientId/ip:&lt;hash&gt;</c>.
/// </summary>
[Alias("ugc.IAnonymousAuthorGrain")]
public interface IAnonymousAuthorGrain : IGrainWithStringKey
{
    /// <summary>The author id, generated at the first call and the same ever after.</summary>
    [Alias("GetId")]
    Task<string> GetIdAsync();
}
