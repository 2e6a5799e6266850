namespace Ugc.Contracts.Submissions;

/// <summary>The optional fields every shopper content form shares.</summary>
/// <param name="Locale">Content locale such as <c>en_US</c>.</param>
/// <param name="CampaignId">The client's campaign, if any.</param>
/// <param name="AgreedToTermsAndConditions">The shopper's answer, null when not asked.</param>
/// <param name="ContextDataValues">Answers keyed by dimension (<c>contextdatavalue_&lt;dim&gt;</c>).</param>
/// <param name="AdditionalFields">Client-defined fields keyed by id (<c>additionalfield_&lt;id&gt;</c>).</param>
/// <param name="Photos">Photos ordered by their index.</param>
public sealed record SubmissionExtras(
    string? Locale,
    string? CampaignId,
    bool? AgreedToTermsAndConditions,
    IReadOnlyDictionary<string, string> ContextDataValues,
    IReadOnlyDictionary<string, string> AdditionalFields,
    IReadOnlyList<PhotoSubmission> Photos);
