namespace Ugc.Contracts.Submissions;

/// <summary>The optional fields every shopper content form shares.</summary>
/// <param name="Locale">Content locale such as <c>en_US</c>.</param>
/// <param name="CampaignId">The client's campaign, if any.</param>
/// <param name="AgreedToTermsAndConditions">The shopper's answer, null when not asked.</param>
/// <param name="ContextDataValues">Answers keyed by dimension (<c>contextdatavalue_&lt;dim&gt;</c>).</param>
/// <param name="AdditionalFields">Client-defined fields keyed by id (<c>additionalfield_&lt;id&gt;</c>).</param>
/// <param name="Photos">Photos ordered by their index.</param>
[GenerateSerializer, Immutable, Alias("ugc.submission-extras")]
public sealed record SubmissionExtras(
    [property: Id(0)] string? Locale,
    [property: Id(1)] string? CampaignId,
    [property: Id(2)] bool? AgreedToTermsAndConditions,
    [property: Id(3)] IReadOnlyDictionary<string, string> ContextDataValues,
    [property: Id(4)] IReadOnlyDictionary<string, string> AdditionalFields,
    [property: Id(5)] IReadOnlyList<PhotoSubmission> Photos);
