namespace Ugc.Silo.Conversations;

/// <summary>What the write path returns once a submission is durably appended.</summary>
/// <param name="SubmissionId">Id of the stored submission.</param>
/// <param name="SubmissionTime">When it was accepted.</param>
/// <param name="TypicalHoursToPost">Expected moderation delay shown to the shopper.</param>
/// <param name="AuthorSubmissionToken">Token letting an anonymous author see their pending content, or null.</param>
public sealed record SubmissionReceipt(string SubmissionId, DateTimeOffset SubmissionTime, int TypicalHoursToPost, string? AuthorSubmissionToken);
