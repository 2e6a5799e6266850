namespace Ugc.Contracts.Submissions;

/// <summary>Who submitted: the shopper's identity and the signals velocity checks key on.</summary>
/// <param name="UserId">The client's id of the shopper.</param>
/// <param name="UserNickname">Public nickname, when the form has one.</param>
/// <param name="UserEmail">Private e-mail, never displayed.</param>
/// <param name="UserLocation">Free-text location shown with the content.</param>
/// <param name="DeviceFingerprint">The <c>fp</c> parameter.</param>
/// <param name="IpAddress">The author's address, set by the gateway (connection or trusted X-Forwarded-For).</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-author")]
public sealed record SubmissionAuthor(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? UserNickname,
    [property: Id(2)] string? UserEmail,
    [property: Id(3)] string? UserLocation,
    [property: Id(4)] string? DeviceFingerprint,
    [property: Id(5)] string? IpAddress);
