namespace Ugc.Contracts.Clients;

/// <summary>How a client's submission forms treat their shoppers.</summary>
/// <param name="AllowAnonymous">
/// Whether a submission may come without <c>UserId</c> (as many shop plug-ins send them): its author gets a generated id
/// bound to the device fingerprint, or else the author's address, so velocity checks still apply per device.
/// </param>
[GenerateSerializer, Immutable, Alias("ugc.submission-settings")]
public sealed record SubmissionSettings(
    [property: Id(0)] bool AllowAnonymous = true)
{
    public static SubmissionSettings Default { get; } = new();
}
