namespace Ugc.Contracts.Submissions;

/// <summary>A submission as the gateway received it, before any validation.</summary>
/// <param name="ClientId">The client whose key authenticated the request.</param>
/// <param name="Kind">Which form was posted.</param>
/// <param name="Store">True for <c>Action=Submit</c>; false for <c>Preview</c>, which validates and stores nothing.</param>
/// <param name="Parameters">The request's parameters (query and body merged), names in any case, every value kept.</param>
/// <param name="AuthorAddress">The author's address (the connection's, or a trusted proxy's <c>X-Forwarded-For</c>).</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-request")]
public sealed record SubmissionRequest(
    [property: Id(0)] string ClientId,
    [property: Id(1)] SubmissionFormKind Kind,
    [property: Id(2)] bool Store,
    [property: Id(3)] IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters,
    [property: Id(4)] string? AuthorAddress);
