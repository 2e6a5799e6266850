namespace Ugc.Contracts.Submissions;

/// <summary>Who submitted: the shopper's identity and the signals velocity checks key on.</summary>
/// <param name="UserId">The client's id of the shopper.</param>
/// <param name="UserNickname">Public nickname, when the form has one.</param>
/// <param name="UserEmail">Private e-mail, never displayed.</param>
/// <param name="UserLocation">Free-text location shown with the content.</param>
/// <param name="DeviceFingerprint">The <c>fp</c> parameter.</param>
/// <param name="IpAddress">The author's address, set by the gateway (connection or trusted X-Forwarded-For).</param>
public sealed record SubmissionAuthor(
    string UserId,
    string? UserNickname,
    string? UserEmail,
    string? UserLocation,
    string? DeviceFingerprint,
    string? IpAddress);
