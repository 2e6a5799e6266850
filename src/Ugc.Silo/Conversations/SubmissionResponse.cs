using System.Text.Json.Serialization;

namespace Ugc.Silo.Conversations;

/// <summary>
/// The response of a submission endpoint. The echo object (<c>Review</c>, <c>Question</c>, <c>Answer</c>,
/// <c>Comment</c> or <c>Feedback</c>) is written under the form's own name from <see cref="Echo"/>.
/// Build with <see cref="SubmissionResponses"/>.
/// </summary>
public sealed record SubmissionResponse(
    string? Locale,
    bool HasErrors,
    IReadOnlyList<ConversationsError> Errors,
    IReadOnlyList<SubmissionFormEntry> Form,
    SubmissionData Data,
    SubmissionFormErrors FormErrors,
    string? SubmissionId,
    int? TypicalHoursToPost,
    string? AuthorSubmissionToken)
{
    /// <summary>One entry: the echo name and its object, such as <see cref="ReviewSubmissionEcho"/> (null when nothing was submitted).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Echo { get; init; } = [];
}
