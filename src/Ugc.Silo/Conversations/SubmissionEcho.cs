namespace Ugc.Silo.Conversations;

/// <summary>
/// The echo object of a submission response (<c>Review</c>, <c>Question</c>, ...). <c>Id</c> stays null: content
/// gets its public id once moderation approves it.
/// </summary>
public sealed record SubmissionEcho(string? Id, DateTimeOffset? SubmissionTime);
