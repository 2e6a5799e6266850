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
public sealed record VelocityCheck(
    string ContentId,
    ContentType Type,
    string ProductId,
    string? Nickname,
    string? Email,
    string? DeviceFingerprint,
    string? IpAddress,
    string? TextFingerprint,
    int? Rating);

/// <summary>What velocity checks decided: blocked with an API error code and the field, or allowed with flags.</summary>
public sealed record VelocityDecision(bool Allowed, string? ErrorCode, string? Field, string? Message, IReadOnlyList<string> Flags, TimeSpan? RetryAfter)
{
    public static VelocityDecision Allow(IReadOnlyList<string> flags) => new(true, null, null, null, flags, null);

    public static VelocityDecision Block(string code, string? field, string message, TimeSpan? retryAfter = null, string? blockedBy = null) =>
        new(false, code, field, message, [], retryAfter) { BlockedBy = blockedBy };

    /// <summary>Which check blocked: shopper, product, device, ip, email or text.</summary>
    public string? BlockedBy { get; init; }
}

/// <summary>A shopper as the public sees them (never the e-mail).</summary>
public sealed record AuthorView(string Id, string? Nickname, string? Location, IReadOnlyList<string> ContentIds, DateTimeOffset? FirstSeen);

/// <summary>A shopper of one client: nickname, private e-mail, history and velocity windows. Key: <c>clientId/userId</c>.</summary>
public interface IShopperGrain : IGrainWithStringKey
{
    /// <summary>Runs the shopper's, device's, address's and e-mail's velocity checks and records the attempt if allowed.</summary>
    Task<VelocityDecision> CheckAndRecordAsync(VelocityCheck check);

    /// <summary>The shopper's public view, or null when unknown.</summary>
    [ReadOnly]
    Task<AuthorView?> GetAsync();

    /// <summary>Erases the shopper: every content removed everywhere, personal data dropped.</summary>
    Task<int> EraseAsync();
}

/// <summary>Sliding-window counters shared across shoppers. Key: <c>kind:value</c> (device:…, ip:…, email:…, text:…, burst:…).</summary>
public interface IVelocityGrain : IGrainWithStringKey
{
    /// <summary>Counts one event if fewer than <paramref name="limit"/> fall in the window; false (and not counted) otherwise.</summary>
    Task<(bool Allowed, TimeSpan? RetryAfter)> TryAcquireAsync(int limit, TimeSpan window);

    /// <summary>Counts one event unconditionally and returns the count in the window.</summary>
    Task<int> RecordAsync(TimeSpan window);
}

/// <summary>Nicknames taken within a client, so two shoppers cannot share one. Key: <c>clientId/nickname-lowercase</c>.</summary>
public interface INicknameGrain : IGrainWithStringKey
{
    /// <summary>Claims the nickname for the user; false when another user holds it.</summary>
    Task<bool> ClaimAsync(string userId);
}
