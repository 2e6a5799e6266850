namespace Ugc.Contracts.Submissions;

/// <summary>A photo sent as <c>photourl_&lt;n&gt;</c> with an optional <c>photocaption_&lt;n&gt;</c>.</summary>
[GenerateSerializer, Immutable, Alias("ugc.photo-submission")]
public sealed record PhotoSubmission(
    [property: Id(0)] int Index,
    [property: Id(1)] string Url,
    [property: Id(2)] string? Caption);
